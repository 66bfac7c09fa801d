import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CsvTokenizer, type CsvRecord } from './csv-tokenizer';
import { splitAt } from './split-at';

function tokenize(chunks: string[]): CsvRecord[] {
  const records: CsvRecord[] = [];
  const tokenizer = new CsvTokenizer();
  for (const chunk of chunks) tokenizer.push(chunk, (r) => records.push(r));
  tokenizer.end((r) => records.push(r));
  return records;
}

describe('CsvTokenizer', () => {
  it('reads quoted fields with commas, doubled quotes and line breaks, numbering records by their first line', () => {
    const text = 'id,note\r\n1,"a, ""b"""\r\n2,"two\r\nlines\nhere"\n3,\n';
    expect(tokenize([text])).toEqual([
      { line: 1, fields: ['id', 'note'] },
      { line: 2, fields: ['1', 'a, "b"'] },
      { line: 3, fields: ['2', 'two\r\nlines\nhere'] },
      { line: 6, fields: ['3', ''] },
    ]);
  });

  it('skips empty lines but counts them', () => {
    expect(tokenize(['\n\r\na\n\n\nb'])).toEqual([
      { line: 3, fields: ['a'] },
      { line: 6, fields: ['b'] },
    ]);
  });

  it('keeps a line holding only an empty quoted field, and a line of blanks', () => {
    expect(tokenize(['""\n \n'])).toEqual([
      { line: 1, fields: [''] },
      { line: 2, fields: [' '] },
    ]);
  });

  it('reads a last record without a line break, and a trailing empty field', () => {
    expect(tokenize(['a,b,'])).toEqual([{ line: 1, fields: ['a', 'b', ''] }]);
    expect(tokenize(['"a"'])).toEqual([{ line: 1, fields: ['a'] }]);
    expect(tokenize(['"a"\r'])).toEqual([{ line: 1, fields: ['a'] }]);
  });

  it('reports a quote left open at the end of the input, with the line it was opened on', () => {
    expect(tokenize(['a,b\n1,"x\ny\n'])).toEqual([
      { line: 1, fields: ['a', 'b'] },
      { line: 2, fields: ['1', 'x\ny\n'], problem: 'the quoted field 2 opened on line 2 is not closed before the end of the input' },
    ]);
  });

  it('reports broken quoting in one record and reads on', () => {
    expect(tokenize(['a,b"c\n"x"y,z\n"p"\rq\nok\n'])).toEqual([
      {
        line: 1,
        fields: ['a', 'b"c'],
        problem: 'field 2 has a quote (") but does not start with one; quote the whole field and write the quote twice',
      },
      { line: 2, fields: ['xy', 'z'], problem: 'field 1 has text after its closing quote; write a quote inside a quoted field twice' },
      { line: 3, fields: ['p\rq'], problem: 'field 1 has text after its closing quote; write a quote inside a quoted field twice' },
      { line: 4, fields: ['ok'] },
    ]);
  });

  it('gives the same records for the same text cut anywhere', () => {
    const text = fc.stringMatching(/^[a",\r\n]{0,50}$/);
    fc.assert(
      fc.property(text, fc.array(fc.nat({ max: 50 }), { maxLength: 12 }), (input, cuts) => {
        expect(tokenize(splitAt(input, cuts))).toEqual(tokenize([input]));
      }),
      { numRuns: 500 },
    );
  });
});
