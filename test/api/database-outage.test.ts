/**
 * What clients and probes see when the database fails under a running
 * server: PostgreSQL stopped and started again, PostgreSQL turned
 * read-only, a SQLite file that cannot grow (disk full). Every request in
 * between gets a coded, retryable error (HTTP 503, Retry-After), readiness
 * goes unready and comes back, liveness stays up; nothing is "Unexpected
 * error.".
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { createApi, createDatabase, migrateDatabase, seedDemo, startServer } from '@crm-maturity/api';
import { startPostgresServer } from '@crm-maturity/api/testing/postgres-server';
import { graphqlClient } from './support/graphql-client';
import { newDraft } from './support/races';
import { saveAnswersMutation } from './support/fixtures';

const organizationsQuery = '{ organizations(first: 3) { edges { node { name } } } }';
const readiness = async (base: string) => {
  const response = await fetch(`${base}/ready`);
  return { status: response.status, retryAfter: response.headers.get('retry-after'), body: (await response.json()) as Record<string, unknown> };
};
/** Polls until the condition holds (bounded), for state that changes outside the test's control (a server restarting). */
async function eventually<T>(probe: () => Promise<T>, done: (value: T) => boolean, what: string): Promise<T> {
  let last: T | undefined;
  for (let attempt = 0; attempt < 200; attempt++) {
    last = await probe();
    if (done(last)) return last;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`${what} did not happen; last: ${JSON.stringify(last)}`);
}

describe('a PostgreSQL outage under a running server', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'crm-outage-'));
  const cleanup: (() => Promise<void>)[] = [];
  afterAll(async () => {
    for (const step of cleanup.reverse()) await step();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('answers 503 DATABASE_UNAVAILABLE with Retry-After while PostgreSQL is down, readiness unready, liveness up; and recovers when it is back', async () => {
    const postgres = await startPostgresServer();
    cleanup.push(() => postgres.stop());
    const server = await startServer({ port: 0, dataDir, databaseUrl: postgres.url, benchmarkSize: 100, introspection: false });
    cleanup.push(() => server.close());
    const base = server.url.replace(/\/graphql$/, '');
    const api = graphqlClient(server.url);
    const token = server.seed.tokens.find((t) => t.role === 'CONSULTANT')!.token;
    expect(await readiness(base)).toMatchObject({ status: 200, body: { status: 'ready' } });
    const { assessmentId } = await newDraft({ servers: [api], token, db: null as never }, false);

    await postgres.pause();
    const unready = await readiness(base);
    expect(unready).toMatchObject({ status: 503, retryAfter: '1', body: { status: 'unready', code: 'DATABASE_UNAVAILABLE', reason: 'the database cannot be reached' } });
    expect((await fetch(`${base}/health`)).status).toBe(200);
    for (const [query, variables] of [
      [organizationsQuery, {}],
      [saveAnswersMutation, { assessmentId, respondentKey: 'r1', answers: [{ questionId: 'people.ceo-involvement', value: true }] }],
    ] as const) {
      const response = await fetch(server.url, { method: 'POST', headers: { 'content-type': 'application/json', 'x-crm-maturity': '1', authorization: `Bearer ${token}` }, body: JSON.stringify({ query, variables }) });
      expect(response.status).toBe(503);
      expect(response.headers.get('retry-after')).toBe('1');
      const body = (await response.json()) as { errors: { message: string; extensions: { code: string } }[] };
      expect(body.errors.map((e) => e.extensions.code)).toEqual(['DATABASE_UNAVAILABLE']);
      expect(body.errors[0]!.message).toBe('the database cannot be reached; nothing was changed by this request, retry in 1 s');
    }

    await postgres.resume();
    await eventually(() => readiness(base), (r) => r.status === 200, 'readiness after PostgreSQL came back');
    expect((await api.gql(organizationsQuery, {}, token)).data.organizations.edges).toHaveLength(3);
    const saved = await api.gql(saveAnswersMutation, { assessmentId, respondentKey: 'r1', answers: [{ questionId: 'people.ceo-involvement', value: true }] }, token);
    expect(saved.data.saveAnswers[0]).toMatchObject({ questionId: 'people.ceo-involvement', value: true, revision: 1 });

    // Read-only (e.g. a standby after failover): reads work, writes are refused as retryable.
    const admin = new pg.Client({ connectionString: postgres.urlFor('postgres') });
    await admin.connect();
    const dropConnections = () => admin.query(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = 'crm_maturity' AND pid <> pg_backend_pid()`);
    await admin.query('ALTER DATABASE crm_maturity SET default_transaction_read_only = on');
    await dropConnections();
    const refused = await eventually(
      () => api.gql(saveAnswersMutation, { assessmentId, respondentKey: 'r1', answers: [{ questionId: 'people.ceo-involvement', value: false, baseRevision: 1 }] }, token),
      (r) => r.errors?.[0]?.message.startsWith('the database is read-only') === true,
      'a read-only refusal',
    );
    expect(refused).toMatchObject({ status: 503, errors: [{ extensions: { code: 'DATABASE_UNAVAILABLE', details: [{ message: 'the database is read-only' }] } }] });
    expect((await api.gql(organizationsQuery, {}, token)).data.organizations.edges).toHaveLength(3);
    await admin.query('ALTER DATABASE crm_maturity SET default_transaction_read_only = off');
    await dropConnections();
    await admin.end();
    await eventually(
      () => api.gql(saveAnswersMutation, { assessmentId, respondentKey: 'r1', answers: [{ questionId: 'people.ceo-involvement', value: false, baseRevision: 1 }] }, token),
      (r) => r.data?.saveAnswers?.[0]?.revision === 2,
      'a write after read-only ended',
    );
  }, 90_000);
});

describe('a SQLite file that cannot grow (disk full)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'crm-full-'));
  let server: Server | null = null;
  afterAll(async () => {
    await new Promise((done) => (server ? server.close(done) : done(undefined)));
    rmSync(dir, { recursive: true, force: true });
  });

  it('answers a save that needs space with 503 DATABASE_UNAVAILABLE "out of disk space", and saves nothing of it', async () => {
    const url = `file:${join(dir, 'full.db')}`;
    await migrateDatabase(url);
    const database = createDatabase(url);
    const { yoga, cohorts } = createApi({ db: database.prisma, introspection: false });
    const seed = await seedDemo(database.prisma, cohorts, { benchmarkSize: 50 });
    const token = seed.tokens.find((t) => t.role === 'CONSULTANT')!.token;
    server = createServer(yoga);
    await new Promise<void>((ready) => server!.listen(0, '127.0.0.1', ready));
    const api = graphqlClient(`http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`);
    const { assessmentId, raw } = await newDraft({ servers: [api], token, db: database.prisma }, false);

    // The server's connection (the adapter has one) may not grow the file beyond its size now: SQLite's own SQLITE_FULL.
    const pages = ((await database.prisma.$queryRawUnsafe('PRAGMA page_count')) as { page_count: bigint }[])[0]!.page_count;
    await database.prisma.$queryRawUnsafe(`PRAGMA max_page_count = ${pages}`);
    const evidence = 'x'.repeat(4000);
    const answers = ['people.ceo-involvement', 'process.customer-personas', 'process.customer-journey-maps', 'information.single-customer-view'].map((questionId, i) => ({
      questionId,
      value: i === 0 || i === 3 ? true : 'planned',
      evidence,
    }));
    const response = await api.gql(saveAnswersMutation, { assessmentId, respondentKey: 'r1', answers: Array.from({ length: 1 }, () => answers).flat() }, token);
    expect(response).toMatchObject({ status: 503, data: null, errors: [{ extensions: { code: 'DATABASE_UNAVAILABLE', details: [{ message: 'the database is out of disk space' }] } }] });
    expect(await database.prisma.answer.count({ where: { respondent: { assessmentId: raw } } })).toBe(0);
    await database.close();
  });
});
