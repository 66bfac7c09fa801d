import { spawnSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { responseRowToAnswerFile, scoreAssessment, type ResponseRow } from '@crm-maturity/core';
import { bundledQuestionnaire } from '@crm-maturity/questionnaires';
import { repoRoot, runCli, type CliRun } from './support/run-cli';

// Each CLI run is a real process (about a second of tsx start-up), so the
// files are generated once here and every test reads them.
const insurer = join(repoRoot, 'questionnaires', 'crm-maturity', 'v1', 'examples', 'mid-size-insurer.json');
const committedCohort = join(repoRoot, 'examples', 'synthetic-cohort.csv');
const questionnaire = bundledQuestionnaire('crm-maturity', '1.0.0');
let scratch: string;
let jsonl: string;
let rows: ResponseRow[];
let firstRun: CliRun;
let secondRun: CliRun;
let csvRun: CliRun;

/**
 * Runs the CLI with stdout redirected to a file, as `generate ... > file`
 * does: the output is megabytes, past what runCli's pipe buffer holds.
 */
function runCliToFile(args: string[], file: string): CliRun {
  const out = openSync(file, 'w');
  try {
    const result = spawnSync(join(repoRoot, 'node_modules', '.bin', 'tsx'), [join(repoRoot, 'packages', 'cli', 'src', 'main.ts'), ...args], {
      cwd: repoRoot,
      encoding: 'utf8',
      stdio: ['ignore', out, 'pipe'],
      env: { ...process.env, CRM_MATURITY_DEBUG: '', FORCE_COLOR: '0' },
      timeout: 60_000,
    });
    return { status: result.status, stdout: readFileSync(file, 'utf8'), stderr: result.stderr };
  } finally {
    closeSync(out);
  }
}

beforeAll(() => {
  scratch = mkdtempSync(join(tmpdir(), 'crm-maturity-research-'));
  jsonl = join(scratch, 'cohort.jsonl');
  // Version 1, as the insurer example compared with them and the committed examples/synthetic-cohort.csv are.
  firstRun = runCliToFile(['generate', '--n', '1500', '--seed', '7', '--version', '1'], jsonl);
  secondRun = runCliToFile(['generate', '--n', '1500', '--seed', '7', '--version', '1'], join(scratch, 'again.jsonl'));
  csvRun = runCliToFile(['generate', '--n', '2000', '--seed', '1', '--format', 'csv', '--version', '1'], join(scratch, 'cohort.csv'));
  rows = firstRun.stdout.trimEnd().split('\n').map((line) => JSON.parse(line) as ResponseRow);
});

/** How many rows of the generated file have these profile values: counted here, not by the CLI. */
function countRows(values: Partial<Record<'industry' | 'sizeBand' | 'region', string>>): number {
  return rows.filter((row) => Object.entries(values).every(([field, value]) => row[field as 'industry'] === value)).length;
}

describe('crm-maturity generate', () => {
  it('writes the same rows for the same seed, every one synthetic, and says what it wrote on stderr', () => {
    expect(firstRun.status).toBe(0);
    expect(firstRun.stderr).toBe('wrote 1,500 synthetic organizations (seed 7)\n');
    expect(secondRun.stdout).toBe(firstRun.stdout);
    expect(rows).toHaveLength(1500);
    expect(rows.every((row) => row.synthetic === true)).toBe(true);
    expect(new Set(rows.map((row) => row.id)).size).toBe(1500);
  });

  it('writes CSV with a header and a synthetic column, exactly the committed examples/synthetic-cohort.csv', () => {
    expect(csvRun.status).toBe(0);
    const [header, ...records] = csvRun.stdout.trimEnd().split('\n');
    expect(header!.split(',').slice(0, 2)).toEqual(['id', 'synthetic']);
    expect(records).toHaveLength(2000);
    expect(records.every((record) => record.split(',')[1] === 'true')).toBe(true);
    // If the generator changes on purpose: pnpm crm-maturity generate --n 2000 --seed 1 --format csv --version 1 --quiet > examples/synthetic-cohort.csv
    expect(csvRun.stdout === readFileSync(committedCohort, 'utf8'), 'examples/synthetic-cohort.csv is out of date with the generator').toBe(true);
  });

  it('generates for the newest bundled questionnaire unless --version names another', () => {
    const newest = runCli(['generate', '--n', '3', '--quiet']);
    expect(newest.status).toBe(0);
    const versions = newest.stdout.trimEnd().split('\n').map((line) => (JSON.parse(line) as ResponseRow).questionnaire.version);
    expect(versions).toEqual(['2.0.0', '2.0.0', '2.0.0']);
    expect(rows.every((row) => row.questionnaire.version === '1.0.0')).toBe(true);
  });

  it.each([
    [['generate', '--n', 'ten'], '--n: must be a whole number from 0 to 100,000,000, got "ten"'],
    [['generate', '--n', '5', '--seed', '4294967296'], '--seed: must be a whole number from 0 to 4,294,967,295, got "4294967296"'],
    [['generate', '--n', '5', '--format', 'xml'], '--format: "xml" is not a format; formats are jsonl, csv'],
  ])('rejects %j with exit code 2', (args, message) => {
    const run = runCli(args);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(`crm-maturity: ${message}\n`);
  });
});

describe('crm-maturity cohorts', () => {
  it('reads JSON Lines and CSV back with nothing rejected', () => {
    const fromJsonl = runCli(['cohorts', jsonl, '--by', 'industry', '--json']);
    expect(fromJsonl.stderr).toBe(`${jsonl}: read 1,500 rows: 1,500 accepted (all synthetic), 0 rejected\n`);
    expect(fromJsonl.status).toBe(0);
    expect(JSON.parse(fromJsonl.stdout).groupings[0].cells[0].summary.n).toBe(1500);
    const fromCsv = runCli(['cohorts', committedCohort, '--by', 'size']);
    expect(fromCsv.stderr).toBe(`${committedCohort}: read 2,000 rows: 2,000 accepted (all synthetic), 0 rejected\n`);
    expect(fromCsv.status).toBe(0);
    expect(fromCsv.stdout).toMatch(/^all organizations\s+2,000\s/m);
  });

  it('prints one table per level of the hierarchy and leaves withheld cells out altogether', () => {
    const run = runCli(['cohorts', jsonl, '--by', 'industry,size,region']);
    expect(run.status).toBe(0);
    const out = run.stdout;
    const headings = out.split('\n').filter((line) => /^(All organizations|By )/.test(line));
    expect(headings[0]).toBe('All organizations');
    expect(headings[1]).toMatch(/^By industry \(\d+ cohorts shown\)$/);
    expect(headings[2]).toMatch(/^By industry and sizeBand \(\d+ cohorts shown\)$/);
    expect(headings[3]).toMatch(/^By industry and sizeBand and region \(\d+ cohorts shown\)$/);

    const finest = out.slice(out.indexOf(headings[3]!)).split('\n').slice(3);
    const cellRows = finest.filter((line) => /^[a-z-]+\s+(small|medium|large|enterprise)\s+[a-z-]+\s{2}/.test(line));
    expect(cellRows.length).toBeGreaterThan(0);
    const listed = new Set<string>();
    for (const line of cellRows) {
      const [industry, sizeBand, region, ...rest] = line.split(/\s+/);
      const n = countRows({ industry, sizeBand, region });
      expect(n, line).toBeGreaterThanOrEqual(5);
      expect(Number(rest[0]!.replaceAll(',', '')), line).toBe(n);
      listed.add(`${industry} ${sizeBand} ${region}`);
    }
    // Cohorts of 1 to 4 exist in the file, and none of them is listed, not even by name.
    const small = rows.filter((row) => countRows({ industry: row.industry, sizeBand: row.sizeBand, region: row.region }) < 5);
    expect(small.length).toBeGreaterThan(0);
    for (const row of small) expect(listed.has(`${row.industry} ${row.sizeBand} ${row.region}`)).toBe(false);
    expect(out).not.toMatch(/withheld/);
    expect(out).toContain('Cohorts with fewer than 5 organizations, and those that would let one be worked out by subtraction, are not shown');
    expect(out).toMatch(/^Synthetic data: All 1,500 organizations are synthetic/m);
  });

  it('--json releases industry=retail with the n, mean and median computed here from the file', () => {
    const release = JSON.parse(runCli(['cohorts', jsonl, '--by', 'industry', '--json', '--quiet']).stdout);
    const cell = release.groupings[1].cells.find((c: { label: string }) => c.label === 'industry=retail');
    // Independent: each retail row scored on its own as an answer file with scoreAssessment, not the columnar scorer.
    const scores = rows
      .filter((row) => row.industry === 'retail')
      .map((row) => scoreAssessment(questionnaire, responseRowToAnswerFile(row)).overall.score)
      .sort((a, b) => a - b);
    const mean = scores.reduce((sum, s) => sum + s, 0) / scores.length;
    const middle = (scores.length - 1) / 2;
    const median = (scores[Math.floor(middle)]! + scores[Math.ceil(middle)]!) / 2;
    expect(cell.status).toBe('released');
    expect(cell.summary.n).toBe(scores.length);
    // Published to 0.1, with no minimum or maximum, and the median read from bands of at least 5: it lies in the band of the true median.
    expect(cell.summary.overall.mean).toBeCloseTo(Math.round(mean * 10) / 10, 9);
    expect(cell.summary.overall).not.toHaveProperty('min');
    expect(cell.summary.overall).not.toHaveProperty('max');
    const band = cell.summary.overall.bands.find((b: { from: number; to: number }) => median >= b.from && median <= b.to);
    expect(cell.summary.overall.median).toBeGreaterThanOrEqual(band.from);
    expect(cell.summary.overall.median).toBeLessThanOrEqual(band.to);
    for (const b of cell.summary.overall.bands) expect(b.count).toBe(scores.filter((x) => x >= b.from && (x < b.to || (b.to === cell.summary.overall.bands.at(-1).to && x <= b.to))).length);
  });

  it('reports rejected rows with their line numbers, summarizes the rest and exits 1', () => {
    const lines = firstRun.stdout.trimEnd().split('\n').slice(0, 40);
    lines[4] = '{"id": "broken",';
    const outOfRange = JSON.parse(lines[9]!) as ResponseRow;
    outOfRange.answers['people.inbound-business-units'] = -4;
    lines[9] = JSON.stringify(outOfRange);
    const file = join(scratch, 'bad.jsonl');
    writeFileSync(file, `${lines.join('\n')}\n`);
    const run = runCli(['cohorts', file, '--by', 'industry']);
    expect(run.status).toBe(1);
    const stderr = run.stderr.split('\n');
    expect(stderr[0]).toBe(`${file}: read 40 rows: 38 accepted (all synthetic), 2 rejected`);
    expect(stderr[1]).toMatch(new RegExp(`^  ${file}: line 5: not valid JSON`));
    expect(stderr[2]).toBe(`  ${file}: line 10: people.inbound-business-units: must be from 1 to 1000000, got -4`);
    expect(run.stdout).toMatch(/^all organizations\s+38\s/m);
  });

  it('rejects an unknown --by field and a --min-size below 3 with exit code 2 and the rule', () => {
    const field = runCli(['cohorts', jsonl, '--by', 'industry,colour']);
    expect(field.status).toBe(2);
    expect(field.stderr).toBe('crm-maturity: --by: "colour" is not a cohort field; fields are industry, size (sizeBand), region, period\n');
    const size = runCli(['cohorts', jsonl, '--by', 'industry', '--min-size', '2']);
    expect(size.status).toBe(2);
    expect(size.stderr).toMatch(/^crm-maturity: --min-size: must be a whole number of at least 3/);
  });
});

describe('crm-maturity compare', () => {
  it('prints the caveat of a published figure under the table, marked on the figure (version 2)', () => {
    const v2Cohort = join(scratch, 'v2.jsonl');
    expect(runCliToFile(['generate', '--n', '300', '--seed', '3'], v2Cohort).status).toBe(0);
    const v2Insurer = join(repoRoot, 'questionnaires', 'crm-maturity', 'v2', 'examples', 'mid-size-insurer.json');
    const run = runCli(['compare', v2Insurer, '--cohort', v2Cohort, '--quiet']);
    expect(run.status).toBe(0);
    const line = run.stdout.split('\n').find((l) => l.includes('45% of organizations hold their customer data in one single source'))!;
    const mark = / \[(\d+)\]$/.exec(line)?.[1];
    expect(mark, line).toBeDefined();
    expect(run.stdout).toContain(`\n[${mark}] As the article words them, the 45% with a single source`);
    // A figure from an article that gives no date is printed without a year.
    expect(run.stdout.split('\n').find((l) => l.includes('26% of organizations have twenty or more sources'))).toMatch(/  Ventana Research  /);
  });

  it('prints percentiles in the cohort, the largest gaps and, separately, the published research', () => {
    const run = runCli(['compare', insurer, '--cohort', jsonl, '--where', 'industry=insurance']);
    expect(run.status).toBe(0);
    const out = run.stdout;
    expect(out).toContain(`Cohort industry=insurance: ${countRows({ industry: 'insurance' })} organizations (SYNTHETIC data`);
    expect(out).toMatch(/^score\s+you\s+mean\s+q1\s+median\s+q3\s+percentile \(band\)$/m);
    expect(out).toMatch(/^Overall\s+58\.0\s+[\d.]+\s+[\d.]+\s+[\d.]+\s+[\d.]+\s+\d+ \(\d+–\d+\)$/m);
    expect(out).toContain('Largest gaps below the cohort median');
    const published = out.slice(out.indexOf('Against published research'));
    expect(published).toMatch(/^people\.executive-involvement\s+does not match \(0 of 3 respondents\)\s+Ventana Research 2012\s+36% of organizations/m);
    expect(published).not.toMatch(/median|percentile/);
  });

  it('--where with a cohort below the minimum prints the unavailable message, no cohort numbers, and the published section', () => {
    const tiny = ['region=middle-east-africa', 'region=latin-america']
      .flatMap((region) => ['utilities', 'travel-hospitality', 'insurance'].map((industry) => [`industry=${industry}`, 'size=enterprise', region]))
      .find((where) => {
        const n = countRows(Object.fromEntries(where.map((w) => w.replace('size=', 'sizeBand=').split('='))));
        return n >= 1 && n < 5;
      });
    expect(tiny, 'the generated file has a cohort of 1 to 4 organizations').toBeDefined();
    const run = runCli(['compare', insurer, '--cohort', jsonl, ...tiny!.flatMap((w) => ['--where', w])]);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain(`no benchmark figures are published for ${tiny!.join(', ').replace('size=', 'sizeBand=')} (a cohort needs at least 5 organizations).`);
    expect(run.stdout).toContain('Against published research');
    // Before the published section: the organization's own line, then not one cohort figure (the only number is the rule's 5).
    const cohortPart = run.stdout.slice(run.stdout.indexOf('\n'), run.stdout.indexOf('Against published research'));
    expect(cohortPart.replace('at least 5 organizations', '')).not.toMatch(/\d|percentile|median/);
    const json = JSON.parse(runCli(['compare', insurer, '--cohort', jsonl, '--json', ...tiny!.flatMap((w) => ['--where', w])]).stdout);
    expect(json.status).toBe('unavailable');
    expect(json.cohort).not.toHaveProperty('n');
    expect(json.published.every((p: { label: string }) => p.label === 'published research')).toBe(true);
  });

  it('rejects a --where value with the allowed values and exit code 2', () => {
    const run = runCli(['compare', insurer, '--cohort', jsonl, '--where', 'size=huge']);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe('crm-maturity: --where: sizeBand: "huge" is not allowed; values are small, medium, large, enterprise\n');
  });
});
