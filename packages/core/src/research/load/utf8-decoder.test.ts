import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitAt } from './split-at';
import { Utf8Decoder } from './utf8-decoder';

/** Our decoder over the chunks: the text, or the byte at fault. */
function ours(chunks: Uint8Array[]): { text: string } | { byte: number } {
  const decoder = new Utf8Decoder();
  let text = '';
  for (const outcome of [...chunks.map((chunk) => decoder.decode(chunk)), decoder.end()]) {
    text += outcome.text;
    if (outcome.invalid) return { byte: outcome.invalid.byte };
  }
  return { text };
}

/** The reference: the platform's strict decoder (WHATWG Encoding), which names no byte. */
function reference(bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

const bytes = (text: string) => new TextEncoder().encode(text);

describe('Utf8Decoder', () => {
  it('decodes and rejects exactly what TextDecoder does, however the bytes are cut', () => {
    // Random bytes are mostly invalid; well-formed text with a few bytes replaced covers the valid side and the edges.
    const mostlyText = fc
      .tuple(fc.string({ unit: 'binary', maxLength: 12 }), fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { maxLength: 2 }))
      .map(([text, changes]) => {
        const input = bytes(text);
        for (const [at, value] of changes) if (input.length > 0) input[at % input.length] = value;
        return input;
      });
    fc.assert(
      fc.property(fc.oneof(fc.uint8Array({ maxLength: 12 }), mostlyText), fc.array(fc.nat({ max: 40 }), { maxLength: 5 }), (input, cuts) => {
        const expected = reference(input);
        const got = ours(splitAt(input, cuts));
        if (expected === undefined) expect(got).toHaveProperty('byte');
        else expect(got).toEqual({ text: expected });
      }),
    );
  });

  it('agrees with TextDecoder at the edges of the ranges RFC 3629 draws (overlongs, surrogates, U+10FFFF)', () => {
    // A lead byte followed by bytes at the bounds of the continuation ranges, a few such groups in a row.
    const leads = [0x41, 0x80, 0xbf, 0xc0, 0xc1, 0xc2, 0xdf, 0xe0, 0xe1, 0xed, 0xee, 0xef, 0xf0, 0xf1, 0xf4, 0xf5, 0xff];
    const trailing = [0x7f, 0x80, 0x8f, 0x90, 0x9f, 0xa0, 0xbf, 0xc0];
    const group = fc.tuple(fc.constantFrom(...leads), fc.array(fc.constantFrom(...trailing), { maxLength: 3 })).map(([lead, rest]) => [lead, ...rest]);
    const input = fc.array(group, { maxLength: 3 }).map((groups) => new Uint8Array(groups.flat()));
    fc.assert(
      fc.property(input, fc.array(fc.nat({ max: 12 }), { maxLength: 3 }), (bytes, cuts) => {
        const expected = reference(bytes);
        const got = ours(splitAt(bytes, cuts));
        if (expected === undefined) expect(got).toHaveProperty('byte');
        else expect(got).toEqual({ text: expected });
      }),
      { numRuns: 3000 },
    );
  });

  it('names the first byte of the first sequence that is not well formed', () => {
    const cases: [number[], number][] = [
      [[0x61, 0xff], 1], // never a UTF-8 byte
      [[0x61, 0x80], 1], // a continuation byte with no lead
      [[0xc0, 0xaf], 0], // overlong "/"
      [[0xe0, 0x80, 0xaf], 0], // overlong, three bytes
      [[0xed, 0xa0, 0x80], 0], // a surrogate
      [[0xf4, 0x90, 0x80, 0x80], 0], // above U+10FFFF
      [[0x41, 0xe2, 0x28, 0xa1], 1], // a lead whose second byte does not continue it
    ];
    for (const [input, byte] of cases) expect(ours([new Uint8Array(input)]), JSON.stringify(input)).toEqual({ byte });
  });

  it('counts bytes across chunks, and names where a cut-off character should have ended', () => {
    const decoder = new Utf8Decoder();
    expect(decoder.decode(bytes('ab'))).toEqual({ text: 'ab' });
    expect(decoder.decode(new Uint8Array([0xe2, 0x82]))).toEqual({ text: '' });
    expect(decoder.decode(new Uint8Array([0xac, 0xff]))).toEqual({ text: '€', invalid: { byte: 5, reason: 'invalid' } });
    const truncated = new Utf8Decoder();
    truncated.decode(new Uint8Array([0x61, 0xf0, 0x9f]));
    expect(truncated.end()).toEqual({ text: '', invalid: { byte: 3, reason: 'truncated' } });
  });

  it('decodes long runs and characters outside the BMP like TextDecoder', () => {
    const text = `${'a'.repeat(10_000)}é€😀${'ü'.repeat(5_000)}😀`;
    expect(ours([bytes(text)])).toEqual({ text });
  });
});
