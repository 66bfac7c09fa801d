import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeText } from './decode-text';
import type { ResponseChunks } from './response-chunks';
import { splitAt } from './split-at';

async function decode(chunks: ResponseChunks): Promise<string> {
  let text = '';
  for await (const part of decodeText(chunks)) text += part;
  return text;
}

const bytes = (text: string) => new TextEncoder().encode(text);

describe('decodeText', () => {
  it('keeps a character whose bytes are split across chunks', async () => {
    const euro = bytes('€'); // three bytes: e2 82 ac
    expect(await decode([euro.subarray(0, 1), euro.subarray(1, 2), euro.subarray(2)])).toBe('€');
  });

  it('drops a leading byte order mark, from bytes and from strings, even split', async () => {
    const withBom = bytes('\uFEFFid');
    expect(await decode([withBom.subarray(0, 2), withBom.subarray(2)])).toBe('id');
    expect(await decode(['', '\uFEFFid'])).toBe('id');
  });

  it('keeps a byte order mark that is not at the start', async () => {
    expect(await decode(['a\uFEFF'])).toBe('a\uFEFF');
  });

  it('reads a web ReadableStream', async () => {
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(bytes('ab'));
        controller.enqueue(bytes('c'));
        controller.close();
      },
    });
    expect(await decode(stream)).toBe('abc');
  });

  it('rejects bytes that are not UTF-8, naming the line and the byte', async () => {
    await expect(decode([bytes('ok'), new Uint8Array([0x61, 0xff])])).rejects.toThrow('input is not valid UTF-8: line 1 holds an invalid byte sequence at byte 3');
    await expect(decode([new Uint8Array([0xe2, 0x82])])).rejects.toThrow('input is not valid UTF-8: it ends inside a multi-byte character on line 1 (byte 2)');
  });

  it('names the line of a bad byte in a later chunk, after lines read in earlier chunks', async () => {
    const error = await decode([bytes('a\nb\n'), bytes('c\nd'), new Uint8Array([0x0a, 0x41, 0xc3, 0x28])]).catch((e: unknown) => e);
    // Lines: "a", "b", "c", "d", then "A" + a broken 2-byte sequence on line 5, at byte 9.
    expect(error).toMatchObject({ code: 'INVALID_UTF8', details: [{ line: 5, byte: 9 }] });
  });

  it('names the same line and byte however the bytes are cut into chunks', async () => {
    const good = bytes('id,x\nrow 1,é\nrow 2,€\nrow 3,');
    const input = new Uint8Array([...good, 0xe2, 0x28, 0xa1, ...bytes('\nrow 4,x\n')]);
    await fc.assert(
      fc.asyncProperty(fc.array(fc.nat({ max: input.length }), { maxLength: 6 }), async (cuts) => {
        const error = await decode(splitAt(input, cuts)).catch((e: unknown) => e);
        expect(error).toMatchObject({ code: 'INVALID_UTF8', details: [{ line: 4, byte: good.length }] });
      }),
    );
  });

  it('decodes any text cut at any byte the same as all at once', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: 'binary', maxLength: 30 }), fc.array(fc.nat({ max: 120 }), { maxLength: 8 }), async (text, cuts) => {
        const expected = text.startsWith('\uFEFF') ? text.slice(1) : text;
        expect(await decode(splitAt(bytes(text), cuts))).toBe(expected);
      }),
    );
  });
});
