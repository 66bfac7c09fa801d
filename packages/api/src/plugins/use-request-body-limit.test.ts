import { createSchema, createYoga } from 'graphql-yoga';
import { describe, expect, it } from 'vitest';
import { useRequestBodyLimit } from './use-request-body-limit';

const yoga = createYoga({
  schema: createSchema({ typeDefs: 'type Query { echo(text: String!): String! }', resolvers: { Query: { echo: (_: unknown, args: { text: string }) => args.text } } }),
  maxRequestBodySize: false,
  plugins: [useRequestBodyLimit(200)],
  logging: false,
});

const body = (text: string) => JSON.stringify({ query: 'query($t: String!) { echo(text: $t) }', variables: { t: text } });

/** A body sent in chunks with no Content-Length, as a chunked HTTP request arrives. */
function chunked(text: string): ReadableStream<Uint8Array> {
  const bytes = new TextEncoder().encode(text);
  return new ReadableStream({
    start(controller) {
      for (let at = 0; at < bytes.length; at += 50) controller.enqueue(bytes.slice(at, at + 50));
      controller.close();
    },
  });
}

const post = (init: { headers?: Record<string, string>; body: BodyInit }) =>
  yoga.fetch('http://localhost/graphql', { method: 'POST', headers: { 'content-type': 'application/json', ...init.headers }, body: init.body, duplex: 'half' } as RequestInit);

describe('useRequestBodyLimit', () => {
  it('answers a body within the limit, with or without Content-Length', async () => {
    const text = body('hello');
    for (const response of [await post({ headers: { 'content-length': String(Buffer.byteLength(text)) }, body: text }), await post({ body: chunked(text) })]) {
      expect(response.status).toBe(200);
      expect(await response.json()).toEqual({ data: { echo: 'hello' } });
    }
  });

  it('refuses a declared length over the limit with 413 before reading the body', async () => {
    const response = await post({ headers: { 'content-length': '201' }, body: body('x') });
    expect(response.status).toBe(413);
    expect((await response.json()).errors[0]).toMatchObject({ message: 'Request body too large', extensions: { code: 'REQUEST_ENTITY_TOO_LARGE' } });
  });

  it('counts a chunked body as it streams and refuses it with 413 past the limit', async () => {
    const response = await post({ body: chunked(body('x'.repeat(300))) });
    expect(response.status).toBe(413);
    expect((await response.json()).errors[0]).toMatchObject({ extensions: { code: 'REQUEST_ENTITY_TOO_LARGE' } });
  });

  it('refuses a Content-Length that is not one integer (as in request smuggling) with 400', async () => {
    for (const length of ['10, 20', '-1', 'abc']) {
      const response = await post({ headers: { 'content-length': length }, body: body('x') });
      expect(response.status, length).toBe(400);
      expect((await response.json()).errors[0]).toMatchObject({ extensions: { code: 'BAD_REQUEST' } });
    }
  });

  it('is what the API uses: a declared body over 25 MB is refused with 413', async () => {
    const { createApi } = await import('../yoga');
    const { createLogger } = await import('../logger');
    const api = createApi({ db: {} as never, logger: createLogger({ CRM_MATURITY_LOG_LEVEL: 'silent', CRM_MATURITY_LOG_FORMAT: 'json' }) });
    const response = await api.yoga.fetch('http://localhost/graphql', { method: 'POST', headers: { 'content-type': 'application/json', 'content-length': '25000001', 'x-crm-maturity': '1' }, body: '{}' });
    expect(response.status).toBe(413);
  });
});
