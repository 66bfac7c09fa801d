import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { repoRoot } from './support/run-cli';

/**
 * The API bench's command, at its smallest (one round of one second, 8
 * connections, SQLite), end to end: the servers and the load generator
 * start in their own processes, the API and both raw servers give the same
 * answer to the read (the bench refuses to time them otherwise), every
 * save and submission succeeds, and the table is printed. No timing is
 * asserted: on a shared machine a 1 s run says nothing; `pnpm bench --only
 * api --write` gives the figures (packages/api/README.md, "Throughput").
 */
describe('pnpm bench --only api', () => {
  it('runs end to end on SQLite and prints every figure', () => {
    const run = spawnSync('pnpm', ['--silent', 'bench', '--only', 'api', '--api-seconds', '1', '--api-rounds', '1', '--api-connections', '8', '--api-databases', 'sqlite'], {
      cwd: repoRoot,
      encoding: 'utf8',
      timeout: 240_000,
    });
    // Exit 1 is a missed target (a figure row says NO): timing, not a failure of the bench.
    expect([0, 1], run.stderr).toContain(run.status);
    expect(run.stderr).not.toMatch(/Error|failed requests|answered/);
    for (const figure of ['| API throughput | result read, SQLite, 8 connections |', '| API request cost | server CPU per request, SQLite, 8 connections |', '| API throughput | scoreAnswerFile mutation, SQLite, 32 connections']) {
      expect(run.stdout).toContain(figure);
    }
    expect(run.stdout).toContain('### Result read, SQLite');
  }, 300_000);
});
