import { firstInvalidUtf8Byte, InvalidUtf8Error } from './invalid-utf8-error';
import type { ResponseChunks } from './response-chunks';

const BOM = 0xfeff;
const LF = 10;

/**
 * Decodes chunks of UTF-8 into text chunks, in streaming mode so that a
 * character whose bytes are split across chunks survives, and drops a
 * leading byte order mark. String chunks pass through unchanged (only the
 * BOM is removed from the very start).
 *
 * @param chunks bytes or strings, in order
 * @returns the decoded text, chunk by chunk (empty chunks are skipped)
 * @throws InvalidUtf8Error when the bytes are not valid UTF-8, naming the line and the byte offset of the first bad byte
 * @example
 * const bytes = new TextEncoder().encode('\uFEFFé');
 * for await (const text of decodeText([bytes.slice(0, 4), bytes.slice(4)])) console.log(text);
 * // => "é" (once the second byte has arrived)
 */
export async function* decodeText(chunks: ResponseChunks): AsyncGenerator<string> {
  // ignoreBOM keeps the mark so that byte and string chunks are handled alike below.
  const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
  let atStart = true;
  let bytesRead = 0;
  /** Line feeds decoded so far: the line a bad byte is on, counted only as text goes by. */
  let lineFeeds = 0;
  /** The last 3 bytes read (over chunk boundaries), where a character split across chunks starts. */
  let tail: Uint8Array = new Uint8Array(0);
  const decode = (bytes: Uint8Array | undefined): string => {
    const start = bytesRead;
    bytesRead += bytes?.byteLength ?? 0;
    let text: string;
    try {
      text = bytes ? decoder.decode(bytes, { stream: true }) : decoder.decode();
    } catch {
      if (!bytes) throw new InvalidUtf8Error(lineFeeds + 1, start, 'truncated');
      throw locate(bytes, start);
    }
    if (bytes) tail = lastBytes(tail, bytes);
    for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) lineFeeds++;
    return text;
  };
  /** Where in this chunk (with the previous chunk's tail in front) the first bad byte is. */
  const locate = (bytes: Uint8Array, start: number): InvalidUtf8Error => {
    const joined = new Uint8Array(tail.byteLength + bytes.byteLength);
    joined.set(tail);
    joined.set(bytes, tail.byteLength);
    // Start at the tail's last lead byte: the decoder has already passed every complete character before it.
    let from = 0;
    for (let i = tail.byteLength - 1; i >= 0; i--) {
      if ((tail[i]! & 0xc0) !== 0x80) {
        from = i;
        break;
      }
    }
    // A bad byte in the tail is the lead of a character this chunk does not complete: that byte is named.
    const found = firstInvalidUtf8Byte(joined, from);
    const bad = found === -1 ? tail.byteLength : found;
    let line = lineFeeds + 1;
    // Line feeds of this chunk before the bad byte (undecoded, so not yet counted).
    for (let i = tail.byteLength; i < bad && i < joined.byteLength; i++) if (joined[i] === LF) line++;
    return new InvalidUtf8Error(line, start + bad - tail.byteLength, 'invalid');
  };
  for await (const chunk of chunks) {
    let text: string;
    if (typeof chunk === 'string') {
      // Bytes left over from an earlier chunk cannot be completed by a string.
      text = decode(undefined) + chunk;
      for (let at = chunk.indexOf('\n'); at !== -1; at = chunk.indexOf('\n', at + 1)) lineFeeds++;
      tail = new Uint8Array(0);
    } else {
      text = decode(chunk);
    }
    if (atStart && text.length > 0) {
      atStart = false;
      if (text.charCodeAt(0) === BOM) text = text.slice(1);
    }
    if (text.length > 0) yield text;
  }
  const rest = decode(undefined);
  if (rest.length > 0) yield atStart && rest.charCodeAt(0) === BOM ? rest.slice(1) : rest;
}

/** The last 3 bytes of `before` followed by `bytes`: enough to hold the start of any unfinished character. */
function lastBytes(before: Uint8Array, bytes: Uint8Array): Uint8Array {
  if (bytes.byteLength >= 3) return bytes.subarray(bytes.byteLength - 3);
  const joined = new Uint8Array(before.byteLength + bytes.byteLength);
  joined.set(before);
  joined.set(bytes, before.byteLength);
  return joined.subarray(Math.max(0, joined.byteLength - 3));
}
