/**
 * What the loaders read: chunks of UTF-8 text, as bytes or as strings, in
 * order. A Node ReadStream, a web ReadableStream and a plain array all fit,
 * so core reads files without importing anything from Node.
 */
export type ResponseChunks = AsyncIterable<string | Uint8Array> | Iterable<string | Uint8Array>;
