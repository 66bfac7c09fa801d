/** One CSV record: its fields, the physical line it starts on, and what is wrong with its quoting, if anything. */
export type CsvRecord = { line: number; fields: string[]; problem?: string };

const QUOTE = 34;
const COMMA = 44;
const LF = 10;
const CR = 13;

// Tokenizer states.
const FIELD_START = 0;
const UNQUOTED = 1;
const QUOTED = 2;
/** A quote inside a quoted field: either the first of a doubled quote or the closing one. */
const QUOTE_SEEN = 3;
/** A "\r" straight after a closing quote: the start of a CRLF, or junk. */
const QUOTE_CR = 4;

/**
 * An RFC 4180 CSV tokenizer that reads text in chunks of any size, so a
 * record, a quoted field or a CRLF may be split anywhere. Fields are
 * separated by commas and records by LF or CRLF; a field in double quotes
 * may hold commas, line breaks (kept as they are, CRLF included) and quotes
 * written twice. Empty lines are skipped. Broken quoting (a quote inside an
 * unquoted field, text after a closing quote) does not stop the tokenizer:
 * the record is returned with `problem` set, and reading goes on with the
 * next record.
 *
 * It holds only the record being read; fields are cut out of the chunk with
 * `slice`, not built character by character.
 *
 * @example
 * const records: CsvRecord[] = [];
 * const tokenizer = new CsvTokenizer();
 * tokenizer.push('id,note\r\n1,"a, ""b""\nc"\n', (r) => records.push(r));
 * tokenizer.end((r) => records.push(r));
 * // records => [{ line: 1, fields: ['id', 'note'] }, { line: 2, fields: ['1', 'a, "b"\nc'] }]
 */
export class CsvTokenizer {
  private state = FIELD_START;
  /** The completed parts of the current field (the rest is still in the chunk). */
  private field = '';
  private fields: string[] = [];
  /** The physical line of the next character. */
  private line = 1;
  private recordLine = 1;
  private quoteLine = 1;
  private hadQuote = false;
  private problem: string | undefined;

  /** Feeds a chunk of text; `onRecord` gets each completed record. */
  push(text: string, onRecord: (record: CsvRecord) => void): void {
    let start = 0;
    const length = text.length;
    for (let i = 0; i < length; i++) {
      const c = text.charCodeAt(i);
      switch (this.state) {
        case FIELD_START:
          if (c === QUOTE) {
            this.state = QUOTED;
            this.quoteLine = this.line;
            this.hadQuote = true;
            start = i + 1;
          } else if (c === COMMA) {
            this.fields.push('');
          } else if (c === LF) {
            this.fields.push('');
            this.endRecord(onRecord);
          } else {
            this.state = UNQUOTED;
            start = i;
          }
          break;
        case UNQUOTED:
          if (c === COMMA) {
            this.fields.push(this.field + text.slice(start, i));
            this.field = '';
            this.state = FIELD_START;
          } else if (c === LF) {
            const value = this.field + text.slice(start, i);
            this.fields.push(value.charCodeAt(value.length - 1) === CR ? value.slice(0, -1) : value);
            this.field = '';
            this.endRecord(onRecord);
          } else if (c === QUOTE) {
            this.problem ??= `field ${this.fields.length + 1} has a quote (") but does not start with one; quote the whole field and write the quote twice`;
          }
          break;
        case QUOTED:
          if (c === QUOTE) {
            this.field += text.slice(start, i);
            this.state = QUOTE_SEEN;
          } else if (c === LF) {
            this.line++;
          }
          break;
        case QUOTE_SEEN:
          if (c === QUOTE) {
            this.field += '"';
            this.state = QUOTED;
            start = i + 1;
          } else if (c === COMMA) {
            this.fields.push(this.field);
            this.field = '';
            this.state = FIELD_START;
          } else if (c === LF) {
            this.fields.push(this.field);
            this.field = '';
            this.endRecord(onRecord);
          } else if (c === CR) {
            this.state = QUOTE_CR;
          } else {
            this.problem ??= this.afterQuoteProblem();
            this.state = UNQUOTED;
            start = i;
          }
          break;
        case QUOTE_CR:
          if (c === LF) {
            this.fields.push(this.field);
            this.field = '';
            this.endRecord(onRecord);
          } else {
            this.problem ??= this.afterQuoteProblem();
            this.field += '\r';
            this.state = UNQUOTED;
            start = i;
            i--; // read this character again as part of an unquoted field
          }
          break;
      }
    }
    if (this.state === UNQUOTED || this.state === QUOTED) this.field += text.slice(start);
  }

  /** Ends the input: completes a last record without a final line break, or reports a quote left open. */
  end(onRecord: (record: CsvRecord) => void): void {
    switch (this.state) {
      case FIELD_START:
        if (this.fields.length === 0) return;
        this.fields.push('');
        break;
      case QUOTED:
        this.problem = `the quoted field ${this.fields.length + 1} opened on line ${this.quoteLine} is not closed before the end of the input`;
        this.fields.push(this.field);
        break;
      case UNQUOTED:
        this.fields.push(this.field.charCodeAt(this.field.length - 1) === CR ? this.field.slice(0, -1) : this.field);
        break;
      default:
        this.fields.push(this.field);
    }
    this.field = '';
    this.endRecord(onRecord);
  }

  private afterQuoteProblem(): string {
    return `field ${this.fields.length + 1} has text after its closing quote; write a quote inside a quoted field twice`;
  }

  private endRecord(onRecord: (record: CsvRecord) => void): void {
    const fields = this.fields;
    const empty = fields.length === 1 && fields[0] === '' && !this.hadQuote;
    if (!empty) onRecord(this.problem === undefined ? { line: this.recordLine, fields } : { line: this.recordLine, fields, problem: this.problem });
    this.fields = [];
    this.problem = undefined;
    this.hadQuote = false;
    this.state = FIELD_START;
    this.line++;
    this.recordLine = this.line;
  }
}
