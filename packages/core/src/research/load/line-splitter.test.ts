import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LineSplitter } from './line-splitter';
import { splitAt } from './split-at';

function lines(chunks: string[]): [string, number][] {
  const out: [string, number][] = [];
  const splitter = new LineSplitter();
  for (const chunk of chunks) splitter.push(chunk, (text, line) => out.push([text, line]));
  splitter.end((text, line) => out.push([text, line]));
  return out;
}

// The independent reference: split the whole text at once.
function reference(text: string): [string, number][] {
  const parts = text.split('\n');
  if (parts.at(-1) === '') parts.pop();
  return parts.map((p, i) => [p.endsWith('\r') ? p.slice(0, -1) : p, i + 1]);
}

describe('LineSplitter', () => {
  it('splits on LF and CRLF, numbers lines from 1 and keeps empty lines', () => {
    expect(lines(['a\r\n\nb\r', '\nc'])).toEqual([
      ['a', 1],
      ['', 2],
      ['b', 3],
      ['c', 4],
    ]);
  });

  it('gives no line for empty input or a final newline', () => {
    expect(lines([])).toEqual([]);
    expect(lines(['x\n'])).toEqual([['x', 1]]);
  });

  it('gives the lines of String.split for any text cut anywhere', () => {
    const text = fc.stringMatching(/^[ab\r\n]{0,60}$/);
    fc.assert(
      fc.property(text, fc.array(fc.nat({ max: 60 }), { maxLength: 10 }), (input, cuts) => {
        expect(lines(splitAt(input, cuts))).toEqual(reference(input));
      }),
    );
  });
});
