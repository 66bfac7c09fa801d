/**
 * Kill -9 while clients write, then restart: every acknowledged save must
 * be there, whole, at (at least) its acknowledged revision. And kill -9
 * during the first start, in the middle of the demo seed: the next start
 * must finish the seed and hand out tokens that work. A few cycles by
 * default; CRM_MATURITY_CRASH_CYCLES=<n> runs more.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createDatabase } from '@crm-maturity/api';
import { startPostgresServer, type PostgresServer } from '@crm-maturity/api/testing/postgres-server';
import { providers } from './support/api-server';
import { newDraft } from './support/races';
import { saveAnswersMutation } from './support/fixtures';
import { demoTokens, spawnServer, type ServerProcess } from './support/server-process';

const cycles = Number(process.env.CRM_MATURITY_CRASH_CYCLES ?? 2);
/** Count questions: any whole number from 1 up is valid, so each write can carry a new value. */
const questions = ['people.inbound-business-units', 'people.outbound-business-units', 'information.customer-data-sources', 'information.report-producing-groups'];

describe.each(providers)('SIGKILL and restart on %s', (provider) => {
  const root = mkdtempSync(join(tmpdir(), `crm-crash-${provider}-`));
  const postgres: Promise<PostgresServer | null> = provider === 'postgresql' ? startPostgresServer() : Promise.resolve(null);
  const running: ServerProcess[] = [];
  const start = async (dataDir: string, databaseUrl: string, env: Record<string, string> = {}) => {
    const server = spawnServer({ dataDir, databaseUrl, env });
    running.push(server);
    return server;
  };
  const killAndWait = async (server: ServerProcess) => {
    server.kill('SIGKILL');
    expect((await server.exited).signal).toBe('SIGKILL');
  };
  afterAll(async () => {
    for (const server of running) server.kill('SIGKILL');
    await Promise.all(running.map((s) => s.exited));
    await (await postgres)?.stop();
    rmSync(root, { recursive: true, force: true });
  });

  it(`keeps every acknowledged save through ${cycles} kill -9 cycle(s) while 4 clients write`, async () => {
    const pg = await postgres;
    const dataDir = join(root, 'writes');
    const databaseUrl = pg ? await pg.createDatabase('crash_writes') : `file:${join(dataDir, 'crash.db')}`;
    let server = await (await start(dataDir, databaseUrl)).ready();
    const token = demoTokens(dataDir).CONSULTANT;
    const database = createDatabase(databaseUrl);
    try {
      const { assessmentId, raw } = await newDraft({ servers: [server], token, db: database.prisma }, false);
      /** Per question: the last acknowledged revision and value, and the write in flight when the server died. */
      const acked = new Map(questions.map((q) => [q, { revision: 0, value: 0 }]));
      const trials: string[] = [];
      for (let cycle = 0; cycle < cycles; cycle++) {
        const inFlight = new Map<string, number>();
        let acknowledged = 0;
        let dead = false;
        const writer = async (questionId: string) => {
          while (!dead) {
            const last = acked.get(questionId)!;
            const value = last.value + 1;
            inFlight.set(questionId, value);
            try {
              const response = await server.gql(saveAnswersMutation, { assessmentId, respondentKey: 'r1', answers: [{ questionId, value, ...(last.revision ? { baseRevision: last.revision } : {}) }] }, token);
              if (response.errors) throw new Error(`a save failed while the server was up: ${JSON.stringify(response.errors)}`);
              acked.set(questionId, { revision: response.data.saveAnswers[0].revision, value });
              inFlight.delete(questionId);
              acknowledged++;
            } catch (error) {
              if (!dead) throw error;
            }
          }
        };
        const writers = questions.map(writer);
        // Kill after a number of acknowledged writes that varies by cycle, so the kill lands at different moments.
        const killAfter = 20 + cycle * 17;
        while (acknowledged < killAfter) await new Promise((resolve) => setTimeout(resolve, 5));
        dead = true;
        await killAndWait(server);
        await Promise.all(writers);
        server = await (await start(dataDir, databaseUrl)).ready();
        // The seed was complete: a restart runs none of its steps again.
        expect(server.records().some((r) => r.msg === 'demo seed step done')).toBe(false);
        const stored = await database.prisma.answer.findMany({ where: { respondent: { assessmentId: raw } } });
        for (const questionId of questions) {
          const row = stored.find((a) => a.questionId === questionId)!;
          const last = acked.get(questionId)!;
          const value = JSON.parse(row.value!) as number;
          // The acknowledged write is there; or the one in flight at the kill committed, whole, on top of it.
          if (row.revision === last.revision) expect(value).toBe(last.value);
          else {
            expect(row.revision).toBe(last.revision + 1);
            expect(value).toBe(inFlight.get(questionId));
            acked.set(questionId, { revision: row.revision, value });
          }
        }
        trials.push(`cycle ${cycle + 1}: ${acknowledged} acknowledged, all present`);
      }
      console.info(`[${provider}] crash during writes:`, trials.join('; '));
    } finally {
      await database.close();
    }
  }, 60_000 + cycles * 30_000);

  it('finishes a demo seed killed in the middle of the first start, and its tokens work', async () => {
    const pg = await postgres;
    const dataDir = join(root, 'seed');
    const databaseUrl = pg ? await pg.createDatabase('crash_seed') : `file:${join(dataDir, 'seed.db')}`;
    // A large benchmark keeps the seed busy long enough to be killed in the middle.
    const first = await start(dataDir, databaseUrl, { CRM_MATURITY_DEMO_BENCHMARK_SIZE: '20000' });
    await first.waitFor((r) => r.step === 'example-assessments', 'the first seed steps');
    await killAndWait(first);
    const database = createDatabase(databaseUrl);
    try {
      const steps = ((await database.prisma.$queryRawUnsafe('SELECT step FROM _crm_maturity_demo_seed ORDER BY step')) as { step: string }[]).map((r) => r.step);
      expect(steps).toEqual(['example-assessments', 'people-and-organizations']);
      expect(await database.prisma.apiToken.count()).toBe(0);

      const second = await (await start(dataDir, databaseUrl)).ready();
      expect(second.records().filter((r) => r.msg === 'demo seed step done').map((r) => r.step)).toEqual(['benchmark', 'release', 'tokens']);
      await second.waitForText('stop with Ctrl-C');
      expect(second.output()).toContain('demo seeded:');
      const tokens = demoTokens(dataDir);
      const organizations = await second.gql('{ organizations(first: 10) { edges { node { name assessments(first: 5) { edges { node { status } } } } } } }', {}, tokens.CONSULTANT);
      expect(organizations.data.organizations.edges.map((e: { node: { assessments: { edges: unknown[] } } }) => e.node.assessments.edges.length).sort()).toEqual([1, 1, 2]);
      expect(await database.prisma.user.count()).toBe(4);
      expect(await database.prisma.benchmarkDataset.count()).toBe(1);
      console.info(`[${provider}] kill during the first start: seed finished by the next start (steps ${steps.join(', ')} kept), tokens work`);
    } finally {
      await database.close();
    }
  }, 120_000);
});
