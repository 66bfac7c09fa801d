import type { ResponseChunks } from './response-chunks';

const BOM = 0xfeff;

/**
 * Decodes chunks of UTF-8 into text chunks, in streaming mode so that a
 * character whose bytes are split across chunks survives, and drops a
 * leading byte order mark. String chunks pass through unchanged (only the
 * BOM is removed from the very start).
 *
 * @param chunks bytes or strings, in order
 * @returns the decoded text, chunk by chunk (empty chunks are skipped)
 * @throws Error when the bytes are not valid UTF-8, naming the byte range of the chunk that holds the bad sequence
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
  const decode = (bytes: Uint8Array | undefined): string => {
    const start = bytesRead;
    bytesRead += bytes?.byteLength ?? 0;
    try {
      return bytes ? decoder.decode(bytes, { stream: true }) : decoder.decode();
    } catch {
      throw new Error(
        bytes
          ? `input is not valid UTF-8: an invalid byte sequence in bytes ${start} to ${bytesRead - 1}`
          : `input is not valid UTF-8: it ends inside a multi-byte character (byte ${start})`,
      );
    }
  };
  for await (const chunk of chunks) {
    let text: string;
    if (typeof chunk === 'string') {
      // Bytes left over from an earlier chunk cannot be completed by a string.
      text = decode(undefined) + chunk;
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
