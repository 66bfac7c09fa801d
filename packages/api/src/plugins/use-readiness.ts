import type { Plugin } from 'graphql-yoga';
import { databaseFailureOf } from '../database-failure';
import type { Db } from '../db';

export type Readiness = {
  /** Set when the server begins to shut down: readiness answers 503 from then on, so balancers stop sending. */
  draining: boolean;
};

/**
 * GET /ready: readiness. 200 `{"status":"ready"}` when a trivial query
 * (`SELECT 1`) answers within `timeoutMs`; otherwise 503 with
 * `{"status":"unready","code":…,"reason":…}` and Retry-After, and 503
 * `{"status":"draining"}` once shutdown has begun. Liveness is yoga's
 * `/health` (200 while the process serves HTTP, whatever the database).
 */
export function useReadiness(options: { db: Db; timeoutMs: number; retryAfterSeconds: number; state: Readiness }): Plugin {
  const answer = (status: number, body: object) =>
    new Response(JSON.stringify(body), {
      status,
      headers: { 'content-type': 'application/json', 'cache-control': 'no-store', ...(status === 503 ? { 'retry-after': String(options.retryAfterSeconds) } : {}) },
    });
  return {
    async onRequest({ url, endResponse }) {
      if (url.pathname !== '/ready') return;
      if (options.state.draining) return endResponse(answer(503, { status: 'draining' }));
      let timer: NodeJS.Timeout | undefined;
      const timedOut = new Promise<'timeout'>((resolve) => (timer = setTimeout(() => resolve('timeout'), options.timeoutMs)));
      try {
        const outcome = await Promise.race([options.db.$queryRaw`SELECT 1`.then(() => 'ok' as const), timedOut]);
        if (outcome === 'ok') return endResponse(answer(200, { status: 'ready' }));
        return endResponse(answer(503, { status: 'unready', code: 'DATABASE_BUSY', reason: `the database did not answer within ${options.timeoutMs} ms` }));
      } catch (error) {
        const failure = databaseFailureOf(error) ?? { code: 'DATABASE_UNAVAILABLE', reason: 'the database query failed' };
        return endResponse(answer(503, { status: 'unready', ...failure }));
      } finally {
        clearTimeout(timer);
      }
    },
  };
}
