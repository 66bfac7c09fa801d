import type { Questionnaire } from '../../model/questionnaire-schema';
import type { Issue } from '../../support/issue';
import { checkResponseRow, indexQuestions } from '../check-response-row';
import { csvRecordToRowInput } from './csv-record-to-row-input';
import { CsvTokenizer, type CsvRecord } from './csv-tokenizer';
import { LineSplitter } from './line-splitter';
import { readCsvHeader, type CsvColumn } from './read-csv-header';
import type { ResponseEvent, ResponseFormat } from './response-event';

type Emit = (event: ResponseEvent) => void;

/**
 * The synchronous heart of the loaders: takes decoded text chunk by chunk
 * and emits one event per record (see `ResponseEvent`). It keeps no rows,
 * only the partial record at the end of a chunk and the ids seen so far
 * (to reject duplicates). Each row is parsed with zod and checked against
 * the questionnaire by `checkResponseRow`.
 *
 * Rows go out through a callback rather than as an async iterator so that
 * `loadResponseSet` pays for one await per chunk, not one per row.
 *
 * @example
 * const reader = new ResponseReader(questionnaire, 'jsonl');
 * reader.push('{"id":"a",...}\n', (event) => console.log(event.kind, event.line));
 * reader.end(() => {});
 * // => row 1
 */
export class ResponseReader {
  private readonly questionIndex;
  /** The line each accepted id was first seen on. */
  private readonly firstLine = new Map<string, number>();
  private readonly lines = new LineSplitter();
  private readonly tokenizer = new CsvTokenizer();
  private columns: CsvColumn[] | undefined;
  private headerLine: number | undefined;
  private headerBroken = false;

  constructor(
    readonly questionnaire: Questionnaire,
    readonly format: ResponseFormat,
  ) {
    this.questionIndex = indexQuestions(questionnaire);
  }

  /** Reads a chunk of text, emitting every record it completes. */
  push(text: string, emit: Emit): void {
    if (this.format === 'jsonl') this.lines.push(text, (line, number) => this.readJsonLine(line, number, emit));
    else this.tokenizer.push(text, (record) => this.readCsvRecord(record, emit));
  }

  /** Ends the input, emitting the last record (and, for CSV, a missing header). */
  end(emit: Emit): void {
    if (this.format === 'jsonl') this.lines.end((line, number) => this.readJsonLine(line, number, emit));
    else this.tokenizer.end((record) => this.readCsvRecord(record, emit));
    // The id index can be as large as the set; let it go before the caller builds the set.
    this.firstLine.clear();
    if (this.format === 'csv' && this.headerLine === undefined) {
      emit({
        kind: 'header',
        line: 1,
        issues: [{ code: 'INVALID_FILE', message: 'header: the input is empty; a CSV response set starts with a header row', path: ['header'] }],
      });
    }
  }

  private readJsonLine(text: string, line: number, emit: Emit): void {
    if (text.trim() === '') return;
    let input: unknown;
    try {
      input = JSON.parse(text);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      emit({ kind: 'rejected', line, issues: [{ code: 'INVALID_FILE', message: `not valid JSON: ${reason}`, path: [] }] });
      return;
    }
    this.checkRow(input, line, [], emit, false);
  }

  private readCsvRecord(record: CsvRecord, emit: Emit): void {
    const { line, fields, problem } = record;
    if (this.headerLine === undefined) {
      this.headerLine = line;
      const header = problem === undefined ? readCsvHeader(this.questionnaire, fields) : { ok: false as const, issues: [csvIssue(problem)] };
      if (header.ok) this.columns = header.columns;
      else {
        this.headerBroken = true;
        emit({ kind: 'header', line, issues: header.issues });
      }
      return;
    }
    if (this.headerBroken || !this.columns) {
      const message = `not read: the CSV header on line ${this.headerLine} is invalid`;
      emit({ kind: 'rejected', line, issues: [{ code: 'INVALID_FILE', message, path: [] }] });
      return;
    }
    if (problem !== undefined) {
      emit({ kind: 'rejected', line, issues: [csvIssue(problem)] });
      return;
    }
    if (fields.length !== this.columns.length) {
      const message = `has ${fields.length} fields but the header on line ${this.headerLine} has ${this.columns.length} columns`;
      emit({ kind: 'rejected', line, issues: [{ code: 'INVALID_FILE', message, path: [], value: fields.length }] });
      return;
    }
    const { input, issues } = csvRecordToRowInput(this.columns, fields);
    this.checkRow(input, line, issues, emit, true);
  }

  private checkRow(input: unknown, line: number, cellIssues: Issue[], emit: Emit, csv: boolean): void {
    const check = checkResponseRow(this.questionnaire, input, this.questionIndex);
    const issues = check.ok ? [...cellIssues] : [...(csv ? check.issues.map(withCsvColumnNames) : check.issues), ...cellIssues];
    const id = check.ok ? check.row.id : idOf(input);
    const first = id === undefined ? undefined : this.firstLine.get(id);
    if (first !== undefined) {
      issues.push({
        code: 'DUPLICATE_RESPONDENT',
        message: `id: ${JSON.stringify(id)} is already used by the row on line ${first}`,
        path: ['id'],
        respondentId: id,
        value: id,
      });
    }
    if (issues.length > 0 || !check.ok) {
      emit({ kind: 'rejected', line, issues });
      return;
    }
    const row = check.row;
    // A fresh copy: an id sliced from a chunk would otherwise keep the whole chunk alive for as long as the set.
    row.id = flatCopy(row.id);
    this.firstLine.set(row.id, line);
    emit({ kind: 'row', line, row });
  }
}

function csvIssue(problem: string): Issue {
  return { code: 'INVALID_FILE', message: `invalid CSV: ${problem}`, path: [] };
}

function idOf(input: unknown): string | undefined {
  if (input === null || typeof input !== 'object') return undefined;
  const id = (input as { id?: unknown }).id;
  return typeof id === 'string' ? id : undefined;
}

/** In CSV the questionnaire's id and version are the columns questionnaireId and questionnaireVersion. */
function withCsvColumnNames(issue: Issue): Issue {
  if (issue.path[0] !== 'questionnaire' || (issue.path[1] !== 'id' && issue.path[1] !== 'version')) return issue;
  const column = issue.path[1] === 'id' ? 'questionnaireId' : 'questionnaireVersion';
  return { ...issue, message: issue.message.replace(/^questionnaire\.(id|version)/, column) };
}

function flatCopy(text: string): string {
  return (' ' + text).slice(1);
}
