import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { repoRoot } from './support/run-cli';

/**
 * The whole-job bench at a small size, end to end: it generates the files,
 * runs the CLI and DuckDB each in a process of their own, and refuses to
 * report a figure unless they agree (the same cells, n in every cell, the
 * overall and dimension means within 0.05; DuckDB's CSV and JSON Lines
 * answers alike), so a run that prints the section is a run where they
 * agreed. No timing is asserted; `pnpm bench --only whole-job --write`
 * gives the figures (bench/RESULTS.md).
 */
describe('pnpm bench --only whole-job', () => {
  it('runs on 2,000 rows, one round, with the CLI and DuckDB agreeing', () => {
    const run = spawnSync('pnpm', ['--silent', 'bench', '--only', 'whole-job', '--rows', '2000', '--whole-job-rounds', '1'], { cwd: repoRoot, encoding: 'utf8', timeout: 240_000 });
    expect(run.status, run.stderr).toBe(0);
    expect(run.stderr).not.toMatch(/disagree|differ|Error/);
    expect(run.stdout).toContain("## Researcher's whole job");
    for (const format of ['CSV', 'JSON Lines']) {
      for (const measure of ['wall time', 'CPU time (user + sys)', 'peak RSS']) {
        expect(run.stdout).toContain(`| whole job | \`crm-maturity cohorts --by industry,size\` from ${format}, 2,000 rows (load + score + cohorts, one process per run): ${measure} |`);
      }
    }
    expect(run.stdout).toMatch(/n equal in every\s+one/);
  }, 300_000);
});
