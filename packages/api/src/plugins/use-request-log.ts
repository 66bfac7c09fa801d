import { randomUUID } from 'node:crypto';
import type { Plugin } from 'graphql-yoga';
import type { Logger } from '../logger';

/** A request id a client or proxy may hand us: short, and safe to echo in a header and a log line. */
const acceptableRequestId = /^[A-Za-z0-9._:-]{1,128}$/;

type Entry = { requestId: string; started: bigint; operations: string[]; codes: Set<string> };

/**
 * One log record per HTTP request: request id, method, path, GraphQL
 * operation name(s), HTTP status, outcome (`ok`, or the error codes),
 * duration in ms. The request id comes from the client's `x-request-id`
 * header when it is a sane token, otherwise a new UUID; either way it is
 * returned in `x-request-id`. Headers, variables and answers are never
 * logged, so no token reaches the log.
 */
export function useRequestLog(options: { logger: Logger }): Plugin {
  const entries = new WeakMap<Request, Entry>();
  const entryOf = (request: Request) => entries.get(request);
  return {
    onRequest({ request }) {
      const offered = request.headers.get('x-request-id');
      entries.set(request, {
        requestId: offered && acceptableRequestId.test(offered) ? offered : randomUUID(),
        started: process.hrtime.bigint(),
        operations: [],
        codes: new Set(),
      });
    },
    onParams({ request, params }) {
      const name = params.operationName ?? operationNameOf(params.query);
      if (name) entryOf(request)?.operations.push(name);
    },
    onResultProcess({ request, result }) {
      const entry = entryOf(request);
      if (!entry) return;
      for (const one of Array.isArray(result) ? result : [result]) {
        const errors = (one as { errors?: readonly { extensions?: { code?: unknown } }[] }).errors ?? [];
        for (const error of errors) entry.codes.add(typeof error.extensions?.code === 'string' ? error.extensions.code : 'UNEXPECTED');
      }
    },
    onResponse({ request, response }) {
      const entry = entryOf(request);
      if (!entry) return;
      response.headers.set('x-request-id', entry.requestId);
      const url = new URL(request.url);
      const durationMs = Math.round(Number(process.hrtime.bigint() - entry.started) / 1e4) / 100;
      const outcome = entry.codes.size ? [...entry.codes].join(',') : response.status < 400 ? 'ok' : `http-${response.status}`;
      const record = {
        requestId: entry.requestId,
        method: request.method,
        path: url.pathname,
        ...(entry.operations.length ? { operation: entry.operations.join(',') } : {}),
        status: response.status,
        outcome,
        durationMs,
      };
      if (response.status >= 500) options.logger.warn(record, 'request failed');
      else options.logger.info(record, 'request');
    },
  };
}

/** The name of the first named operation in a query document, without parsing it. */
function operationNameOf(query: string | undefined): string | undefined {
  return query ? /^\s*(?:#[^\n]*\n\s*)*(?:query|mutation|subscription)\s+([_A-Za-z][_0-9A-Za-z]*)/.exec(query)?.[1] : undefined;
}
