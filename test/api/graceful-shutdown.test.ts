/**
 * SIGTERM to the process that scripts/start started (node itself, since the
 * script execs it): requests in flight finish with their answers, the
 * process exits 0, and it stopped taking new connections. The requests are
 * held in flight for certain, not by timing: the test holds the SQLite
 * file's write lock, so every save waits for it inside the server, and the
 * lock is released only after the signal.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { createDatabase } from '@crm-maturity/api';
import { newDraft } from './support/races';
import { saveAnswersMutation } from './support/fixtures';
import { demoTokens, spawnServer, type ServerProcess } from './support/server-process';

describe('graceful shutdown through scripts/start', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'crm-graceful-'));
  let server: ServerProcess | null = null;
  afterAll(async () => {
    server?.kill('SIGKILL');
    await server?.exited;
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('finishes the 8 saves in flight at SIGTERM, then exits 0', async () => {
    server = await spawnServer({ dataDir, viaStartScript: true }).ready();
    const file = join(dataDir, 'crm-maturity.db');
    const database = createDatabase(`file:${file}`);
    const token = demoTokens(dataDir).CONSULTANT;
    const { assessmentId, raw } = await newDraft({ servers: [server], token, db: database.prisma }, false);
    await database.close();

    const lock = new Database(file);
    lock.exec('BEGIN IMMEDIATE');
    const saves = Array.from({ length: 8 }, (_, i) =>
      server!.gql(saveAnswersMutation, { assessmentId, respondentKey: 'r1', answers: [{ questionId: 'information.customer-data-sources', value: i + 1 }, { questionId: 'people.inbound-business-units', value: 1 }] }, token).then(
        (response) => ({ response }),
        (error: Error) => ({ error: error.message }),
      ),
    );
    // Give the requests time to reach the server (they then wait for the lock there, up to the 10 s busy timeout).
    await new Promise((resolve) => setTimeout(resolve, 500));
    server.kill('SIGTERM');
    await server.waitFor((r) => r.msg === 'shutting down: finishing in-flight requests', 'the shutdown began');
    // New connections are refused once the listener is closed.
    await expect(fetch(server.url(), { method: 'POST' })).rejects.toThrow();
    lock.exec('ROLLBACK');
    lock.close();

    const outcomes = await Promise.all(saves);
    const codes = outcomes.map((o) => ('error' in o ? `network error: ${o.error}` : o.response.errors ? String(o.response.errors[0]!.extensions?.code) : 'OK'));
    console.info('[sqlite] saves in flight at SIGTERM:', JSON.stringify(codes));
    // The first save answers the question; the others, sent without the revision it created, are told so. None is cut off.
    expect(codes.filter((c) => c === 'OK')).toHaveLength(1);
    expect(codes.filter((c) => c !== 'OK').every((c) => c === 'STALE_ANSWER')).toBe(true);
    expect(await server.exited).toEqual({ code: 0, signal: null });
    expect(server.records().map((r) => r.msg)).toContain('stopped');

    const after = new Database(file, { readonly: true });
    expect(after.prepare(`SELECT COUNT(*) AS n FROM "Answer" a JOIN "Respondent" r ON r.id = a."respondentId" WHERE r."assessmentId" = ?`).get(raw)).toEqual({ n: 2 });
    after.close();
  }, 90_000);
});
