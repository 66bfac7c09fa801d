// The CSV tokenizer against an independent RFC 4180 parser, csv-parse
// (https://csv.js.org/parse/), called as
//   parse(text, { skip_empty_lines: true, relax_column_count: true, record_delimiter: ['\r\n', '\n'] })
// One deliberate difference is left out of the inputs: a file that ends in
// a lone "\r" (a CRLF cut short) is read leniently by ours as a line end.
import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CsvTokenizer, type CsvRecord } from '../packages/core/src/research/load/csv-tokenizer';
import { formatCsvField } from '../packages/core/src/research/load/format-csv-field';
import { splitAt } from '../packages/core/src/research/load/split-at';

const oracleOptions = { skip_empty_lines: true, relax_column_count: true, record_delimiter: ['\r\n', '\n'] };

function oracle(text: string): string[][] | 'error' {
  try {
    return parse(text, oracleOptions) as string[][];
  } catch {
    return 'error';
  }
}

function tokenize(chunks: string[]): CsvRecord[] {
  const records: CsvRecord[] = [];
  const tokenizer = new CsvTokenizer();
  for (const chunk of chunks) tokenizer.push(chunk, (r) => records.push(r));
  tokenizer.end((r) => records.push(r));
  return records;
}

const field = fc.stringMatching(/^[a,"\r\n é€😀-]{0,8}$/u);
/** A well-formed CSV file: fields quoted when needed (or always), LF or CRLF, empty lines here and there. */
const wellFormed = fc
  .array(
    fc.tuple(
      fc.array(fc.tuple(field, fc.boolean()), { minLength: 1, maxLength: 6 }),
      fc.constantFrom('\n', '\r\n'),
      fc.constantFrom('', '', '\n', '\r\n\n'),
    ),
    { maxLength: 12 },
  )
  .chain((records) =>
    fc.boolean().map((finalBreak) =>
      records
        .map(([fields, lineBreak, blank], i) => {
          const line = fields.map(([value, quoteAlways]) => (quoteAlways ? `"${value.replaceAll('"', '""')}"` : formatCsvField(value))).join(',');
          return line + (i < records.length - 1 || finalBreak ? lineBreak + blank : '');
        })
        .join(''),
    ),
  );

describe('CsvTokenizer against csv-parse', () => {
  it('reads well-formed CSV exactly as csv-parse does, however it is cut into chunks', () => {
    fc.assert(
      fc.property(wellFormed, fc.array(fc.nat({ max: 400 }), { maxLength: 20 }), (text, cuts) => {
        const records = tokenize(splitAt(text, cuts));
        expect(records.every((r) => r.problem === undefined)).toBe(true);
        expect(records.map((r) => r.fields)).toEqual(oracle(text));
      }),
      { numRuns: 1000 },
    );
  });

  it('finds broken quoting exactly when csv-parse does, and otherwise reads the same fields', () => {
    const anyText = fc.stringMatching(/^[a,"\r\n]{0,30}$/).filter((text) => !text.endsWith('\r'));
    fc.assert(
      fc.property(anyText, (text) => {
        const records = tokenize([text]);
        const expected = oracle(text);
        if (expected === 'error') expect(records.some((r) => r.problem !== undefined)).toBe(true);
        else {
          expect(records.every((r) => r.problem === undefined)).toBe(true);
          expect(records.map((r) => r.fields)).toEqual(expected);
        }
      }),
      { numRuns: 3000 },
    );
  });
});
