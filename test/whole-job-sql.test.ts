import { spawnSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Questionnaire } from '@crm-maturity/core';
import { bundledQuestionnaire } from '@crm-maturity/questionnaires';
import { compareWholeJob, type CliRelease, type DuckRow } from '../bench/support/whole-job-compare';
import { wholeJobSql, type ResponseFormat } from '../bench/support/whole-job-sql';
import { openDuckDb } from './support/duckdb';
import { repoRoot, runCli } from './support/run-cli';

/**
 * The whole-job bench's SQL scores questionnaire v1 as the CLI does, and
 * its agreement check has teeth: a wrong weight, or "not applicable" read
 * as unanswered, is caught (negative controls), so the bench's "they agree"
 * means something.
 */
describe('whole-job SQL against `crm-maturity cohorts`', () => {
  const dir = mkdtempSync(join(tmpdir(), 'crm-whole-job-sql-'));
  const questionnaire = bundledQuestionnaire('crm-maturity', '1.0.0');
  const files = { csv: join(dir, 'responses.csv'), jsonl: join(dir, 'responses.jsonl') };
  let release: CliRelease;

  beforeAll(() => {
    for (const format of ['csv', 'jsonl'] as const) {
      // Straight to the file: a piped stdout would stop at spawnSync's 1 MB buffer.
      const fd = openSync(files[format], 'w');
      const generated = spawnSync(join(repoRoot, 'node_modules', '.bin', 'tsx'), [join(repoRoot, 'packages', 'cli', 'src', 'main.ts'), 'generate', '--n', '2000', '--seed', '3', '--version', '1.0.0', '--format', format, '-q'], { stdio: ['ignore', fd, 'pipe'], encoding: 'utf8' });
      closeSync(fd);
      expect(generated.status, generated.stderr).toBe(0);
    }
    const cohorts = runCli(['cohorts', files.csv, '--by', 'industry,size', '--json', '-q']);
    expect(cohorts.status, cohorts.stderr).toBe(0);
    release = JSON.parse(cohorts.stdout) as CliRelease;
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const duck = async (sql: string) => {
    const connection = await openDuckDb();
    const rows = (await connection.runAndReadAll(sql)).getRowObjectsJS() as unknown as DuckRow[];
    connection.closeSync();
    return rows;
  };
  const sqlOf = (format: ResponseFormat, q: Questionnaire = questionnaire) => wholeJobSql(q, files[format], format);

  it.each(['csv', 'jsonl'] as const)('agrees from %s: n in every cell, means within 0.05', async (format) => {
    const check = compareWholeJob(release, await duck(sqlOf(format)), format);
    expect(check.cells).toBe(56);
    expect(check.released).toBeGreaterThan(40);
    expect(check.maxMeanDifference).toBeLessThanOrEqual(0.05 + 1e-9);
  });

  it('negative control: a question weighted wrongly is caught', async () => {
    const wrong = structuredClone(questionnaire);
    const grid = wrong.questions.find((q) => q.id === 'technology.channel-personalization')!;
    grid.weight = 1;
    await expect(async () => compareWholeJob(release, await duck(sqlOf('csv', wrong)), 'csv')).rejects.toThrow(/mean is/);
  });

  it('negative control: "not applicable" scored as unanswered is caught', async () => {
    const sql = sqlOf('csv').replaceAll("= 'n/a' THEN NULL", "= 'n/a' THEN 0");
    expect(sql).not.toBe(sqlOf('csv'));
    await expect(async () => compareWholeJob(release, await duck(sql), 'csv')).rejects.toThrow(/mean is/);
  });
});
