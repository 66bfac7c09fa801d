import { GraphQLError } from 'graphql';
import type { Plugin } from 'graphql-yoga';

/** The largest request body, as yoga's default (25 MB): dataset uploads are capped lower, by their own rule. */
export const defaultMaxRequestBodyBytes = 25_000_000;

const tooLarge = () => new GraphQLError('Request body too large', { extensions: { http: { status: 413 }, code: 'REQUEST_ENTITY_TOO_LARGE' } });
const badLength = () => new GraphQLError('Content-Length header is invalid.', { extensions: { http: { status: 400 }, code: 'BAD_REQUEST' } });

/**
 * The request body limit, in place of yoga's `maxRequestBodySize` (turn
 * that off: `maxRequestBodySize: false`). Yoga pipes every body through a
 * byte-counting stream, even one whose Content-Length already says it is
 * small: a stream pipeline, an AbortController and a DOMException per
 * request, about a tenth of a result read's CPU. Node's HTTP parser never
 * hands over more than Content-Length bytes, so a declared length is
 * checked once, here, and only a body without one (chunked) is counted as
 * it streams, as yoga does. The answers are yoga's: 413
 * REQUEST_ENTITY_TOO_LARGE and 400 BAD_REQUEST for a Content-Length that is
 * not one non-negative integer.
 */
export function useRequestBodyLimit(limit: number = defaultMaxRequestBodyBytes): Plugin {
  return {
    onRequestParse({ request, requestParser, setRequestParser, fetchAPI }) {
      const declared = request.headers.get('content-length');
      if (declared != null) {
        // One integer only: "10, 20" (as in request smuggling attempts) must not slip past.
        if (!/^\d+$/.test(declared)) throw badLength();
        if (Number(declared) > limit) throw tooLarge();
        return;
      }
      if (requestParser == null || request.body == null) return;
      const parse = requestParser;
      setRequestParser((req) => parse(countedBody(req, limit, fetchAPI)));
    },
  };
}

/** The request with its body counted as it streams, failing with 413 past `limit` bytes. */
function countedBody(request: Request, limit: number, fetchAPI: { Request: typeof Request; TransformStream: typeof TransformStream }): Request {
  let bytes = 0;
  // A native stream must be piped through a native TransformStream, a ponyfill one through the ponyfill (see yoga's own limit).
  const Transform = request.body instanceof ReadableStream ? globalThis.TransformStream : fetchAPI.TransformStream;
  const body = request.body!.pipeThrough(
    new Transform<Uint8Array, Uint8Array>({
      transform(chunk, controller) {
        bytes += chunk.byteLength;
        if (bytes > limit) controller.error(tooLarge());
        else controller.enqueue(chunk);
      },
    }),
  );
  return new fetchAPI.Request(request.url, { method: request.method, headers: request.headers, signal: request.signal, body, duplex: 'half' } as RequestInit);
}
