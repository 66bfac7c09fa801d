import { invalidUtf8Error } from './invalid-utf8-error';
import type { ResponseChunks } from './response-chunks';
import { Utf8Decoder, type Utf8Outcome } from './utf8-decoder';

const BOM = 0xfeff;

/**
 * Decodes chunks of UTF-8 into text chunks, in streaming mode so that a
 * character whose bytes are split across chunks survives, and drops a
 * leading byte order mark. String chunks pass through unchanged (only the
 * BOM is removed from the very start).
 *
 * @param chunks bytes or strings, in order
 * @returns the decoded text, chunk by chunk (empty chunks are skipped)
 * @throws CrmMaturityError INVALID_UTF8 when the bytes are not valid UTF-8, naming the line and the byte offset of the first bad byte
 * @example
 * const bytes = new Uint8Array([0xef, 0xbb, 0xbf, 0xc3, 0xa9]); // BOM, "é"
 * for await (const text of decodeText([bytes.slice(0, 4), bytes.slice(4)])) console.log(text);
 * // => "é" (once the second byte has arrived)
 */
export async function* decodeText(chunks: ResponseChunks): AsyncGenerator<string> {
  const decoder = new Utf8Decoder();
  let atStart = true;
  /** Line feeds decoded so far: the line a bad byte is on, counted only as text goes by. */
  let lineFeeds = 0;
  const checked = (outcome: Utf8Outcome): string => {
    lineFeeds += countLineFeeds(outcome.text);
    if (outcome.invalid) throw invalidUtf8Error(lineFeeds + 1, outcome.invalid.byte, outcome.invalid.reason);
    return outcome.text;
  };
  for await (const chunk of chunks) {
    let text: string;
    if (typeof chunk === 'string') {
      // Bytes left over from an earlier chunk cannot be completed by a string.
      text = checked(decoder.end()) + chunk;
      lineFeeds += countLineFeeds(chunk);
    } else {
      text = checked(decoder.decode(chunk));
    }
    if (atStart && text.length > 0) {
      atStart = false;
      if (text.charCodeAt(0) === BOM) text = text.slice(1);
    }
    if (text.length > 0) yield text;
  }
  checked(decoder.end());
}

function countLineFeeds(text: string): number {
  let count = 0;
  for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) count++;
  return count;
}
