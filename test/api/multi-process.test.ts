/**
 * Two API processes over one database, started at the same moment: on
 * PostgreSQL (the horizontal-scale setup) and on one SQLite file (which the
 * API supports too: write transactions take the file's lock with BEGIN
 * IMMEDIATE and wait for it asynchronously). They must seed the demo once
 * between them, and clients spread over both must get the same guarantees
 * as on one server.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDatabase, type Database } from '@crm-maturity/api';
import { startPostgresServer, type PostgresServer } from '@crm-maturity/api/testing/postgres-server';
import { providers } from './support/api-server';
import { doubleSubmit, sameBaseRevisionRace, submitRacingSaves, type RaceTarget } from './support/races';
import { demoTokens, spawnServer, type ServerProcess } from './support/server-process';
import { datasetCsv, importMutation, syntheticRows } from './support/fixtures';

describe.each(providers)('two server processes over one %s database', (provider) => {
  const root = mkdtempSync(join(tmpdir(), `crm-two-${provider}-`));
  let postgres: PostgresServer | null = null;
  let servers: ServerProcess[] = [];
  let database: Database;
  let target: RaceTarget;

  beforeAll(async () => {
    postgres = provider === 'postgresql' ? await startPostgresServer() : null;
    const databaseUrl = postgres ? postgres.url : `file:${join(root, 'shared.db')}`;
    const starting = ['a', 'b'].map((name) => spawnServer({ dataDir: join(root, name), databaseUrl }));
    servers = await Promise.all(starting.map((s) => s.ready()));
    database = createDatabase(databaseUrl);
    const seeder = servers.findIndex((s) => s.records().some((r) => r.step === 'tokens'));
    target = { servers, token: demoTokens(join(root, seeder === 0 ? 'a' : 'b')).CONSULTANT, db: database.prisma };
  }, 120_000);
  afterAll(async () => {
    for (const server of servers) server.kill('SIGKILL');
    await Promise.all(servers.map((s) => s.exited));
    await database?.close();
    await postgres?.stop();
    rmSync(root, { recursive: true, force: true });
  });

  it('seeds the demo exactly once when both start at the same moment', async () => {
    const seeded = servers.map((s) => s.records().filter((r) => r.msg === 'demo seed step done').map((r) => r.step));
    expect(seeded.filter((steps) => steps.length > 0)).toEqual([['people-and-organizations', 'example-assessments', 'benchmark', 'release', 'tokens']]);
    expect(await database.prisma.user.count()).toBe(4);
    expect(await database.prisma.organization.count()).toBe(3);
    expect(await database.prisma.benchmarkDataset.count()).toBe(1);
    // The tokens work on both servers.
    for (const server of servers) expect((await server.gql('{ organizations(first: 5) { edges { node { name } } } }', {}, target.token)).data.organizations.edges).toHaveLength(3);
  });

  it('shows a release published through one server at once through the other', async () => {
    const [a, b] = servers;
    const seeder = servers.findIndex((s) => s.records().some((r) => r.step === 'tokens'));
    const admin = demoTokens(join(root, seeder === 0 ? 'a' : 'b')).ADMIN;
    const total = async (server: ServerProcess) => (await server.gql('{ cohortStatistics(groupBy: []) { release { version } cells { n } } }', {}, admin)).data.cohortStatistics;
    const before = await total(b!);
    expect(await total(a!)).toEqual(before);
    // One profile for all rows, so the audit across releases keeps the total released.
    const rows = syntheticRows(12, 31, { industry: 'retail', sizeBand: 'small', region: 'europe', period: '2026' });
    const upload = await a!.upload(importMutation, { name: 'two-process import', format: 'csv' }, { field: 'file', name: 'rows.csv', type: 'text/csv', content: datasetCsv(rows) }, admin);
    expect(upload.errors).toBeUndefined();
    expect(await total(b!)).toEqual(before);
    const published = await a!.gql('mutation { publishBenchmarkRelease { release { version } } }', {}, admin);
    expect(published.data.publishBenchmarkRelease.release.version).toBe(before.release.version + 1);
    expect(await total(b!)).toEqual({ release: { version: before.release.version + 1 }, cells: [{ n: before.cells[0].n + 12 }] });
  });

  it('lets exactly one save per base revision win across both servers', async () => {
    const report = await sameBaseRevisionRace(target, 4, 6);
    console.info(`[${provider}, 2 processes] same base revision, 6 clients x 4 rounds:`, JSON.stringify(report.outcomes));
  });

  it('stores the score of exactly the answers stored at submission when saves race it through the other server', async () => {
    const report = await submitRacingSaves(target, 4, 6);
    console.info(`[${provider}, 2 processes] submit racing 6 saves, 4 trials:`, JSON.stringify(report.outcomes));
  });

  it('stores one result when both servers get submissions of the same draft', async () => {
    const outcomes = await doubleSubmit(target, 3, 4);
    console.info(`[${provider}, 2 processes] 4 simultaneous submissions, 3 trials:`, JSON.stringify(outcomes));
  });

  it('logs one JSON record per request with its request id (taken from x-request-id and returned), operation, status, outcome and duration, and no token', async () => {
    const [first] = servers;
    const response = await fetch(first!.url(), {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-crm-maturity': '1', authorization: `Bearer ${target.token}`, 'x-request-id': 'trace-42.a' },
      body: JSON.stringify({ query: 'query Mine { organizations(first: 1) { edges { node { id } } } }' }),
    });
    expect(response.headers.get('x-request-id')).toBe('trace-42.a');
    const refused = await fetch(first!.url(), { method: 'POST', headers: { 'content-type': 'application/json', 'x-crm-maturity': '1', authorization: 'Bearer crmm_nonsense', 'x-request-id': 'bad id with spaces' }, body: '{"query":"{ organizations(first: 1) { edges { node { id } } } }"}' });
    const generated = refused.headers.get('x-request-id');
    expect(generated).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    const record = await first!.waitFor((r) => r.requestId === 'trace-42.a', 'the request record');
    expect(record).toMatchObject({ level: 'info', msg: 'request', method: 'POST', path: '/graphql', operation: 'Mine', status: 200, outcome: 'ok' });
    expect(new Date(String(record.time)).toISOString()).toBe(record.time);
    expect(typeof record.durationMs).toBe('number');
    expect(await first!.waitFor((r) => r.requestId === generated, 'the refused request record')).toMatchObject({ status: 401, outcome: 'UNAUTHENTICATED' });
    // The banner of the seeding start shows the demo tokens once, on purpose; the log records never do.
    expect(JSON.stringify(first!.records())).not.toContain(target.token);
  });
});

