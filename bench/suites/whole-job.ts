import { spawn } from 'node:child_process';
import { mkdtempSync, openSync, closeSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundledQuestionnaire } from '@crm-maturity/questionnaires';
import { formatMs, median, type Figure } from '../support/measure';
import { wholeJobSql, type ResponseFormat } from '../support/whole-job-sql';
import { compareWholeJob as compare, type CliRelease, type DuckRow, type WholeJobCheck as Check } from '../support/whole-job-compare';

const benchDir = join(dirname(fileURLToPath(import.meta.url)), '..');
const repoRoot = join(benchDir, '..');
const usagePreload = join(benchDir, 'support', 'report-usage.mjs');
const formats: ResponseFormat[] = ['csv', 'jsonl'];
const formatName = { csv: 'CSV', jsonl: 'JSON Lines' } as const;

/** One timed child: wall time seen by the bench, CPU time and peak RSS reported by the child itself. */
type Run = { wallMs: number; cpuMs: number; maxRssMiB: number };
type Variant = { name: string; tool: 'cli' | 'duckdb'; format: ResponseFormat; runs: Run[] };

/**
 * The researcher's whole job, end to end from a file on disk: read N rows
 * of questionnaire v1, score them, and give cohort statistics for all
 * organizations, by industry and by industry × size. The CLI runs it as a
 * user types it (`crm-maturity cohorts <file> --by industry,size --json`,
 * through tsx as `pnpm crm-maturity` does, so its start-up is in the
 * figure); DuckDB runs it as one SQL query written from the questionnaire's
 * point tables (bench/support/whole-job-sql.ts) on its default threads,
 * from a plain-JavaScript child. Every run is a process of its own, the
 * four variants interleaved round by round; each figure is the median of
 * the rounds with min–max, as a ratio to DuckDB on the same format.
 * The files are generated once, untimed. Before any figure is reported the
 * outputs are compared: n exactly in every cell, the overall and dimension
 * means within 0.05 (the CLI prints one decimal), DuckDB's CSV and JSON
 * Lines answers identical.
 */
export async function wholeJobSuite(rowCount: number, rounds: number): Promise<{ figures: Figure[]; section: string }> {
  const questionnaire = bundledQuestionnaire('crm-maturity', '1.0.0');
  const dir = mkdtempSync(join(tmpdir(), 'crm-whole-job-'));
  try {
    const files = { csv: join(dir, 'responses.csv'), jsonl: join(dir, 'responses.jsonl') };
    for (const format of formats) {
      const started = performance.now();
      await child(process.execPath, ['--import', 'tsx', 'packages/cli/src/main.ts', 'generate', '--n', String(rowCount), '--seed', '1', '--version', '1.0.0', '--format', format, '-q'], files[format]);
      log(`whole job: wrote ${rowCount.toLocaleString('en')} rows as ${formatName[format]} in ${formatMs(performance.now() - started)} (untimed)`);
      writeFileSync(join(dir, `${format}.sql`), wholeJobSql(questionnaire, files[format], format));
    }
    const variants: Variant[] = formats.flatMap((format) => [
      { name: `CLI from ${formatName[format]}`, tool: 'cli' as const, format, runs: [] },
      { name: `DuckDB from ${formatName[format]}`, tool: 'duckdb' as const, format, runs: [] },
    ]);
    let threads = 0;
    let check: Check | undefined;
    const loadBefore = loadavg()[0]!;
    for (let round = 0; round < rounds; round++) {
      const outputs: Partial<Record<string, string>> = {};
      for (const variant of variants) {
        const out = join(dir, `${variant.tool}-${variant.format}.json`);
        const usageFile = join(dir, 'usage.json');
        const args =
          variant.tool === 'cli'
            ? ['--import', 'tsx', '--import', usagePreload, 'packages/cli/src/main.ts', 'cohorts', files[variant.format], '--by', 'industry,size', '--json', '-q']
            : ['--import', usagePreload, join(benchDir, 'whole-job-duckdb-child.mjs'), join(dir, `${variant.format}.sql`), out];
        const started = performance.now();
        await child(process.execPath, args, variant.tool === 'cli' ? out : undefined, { WHOLE_JOB_USAGE: usageFile });
        const wallMs = performance.now() - started;
        const usage = JSON.parse(readFileSync(usageFile, 'utf8')) as { userMicros: number; systemMicros: number; maxRssKiB: number };
        variant.runs.push({ wallMs, cpuMs: (usage.userMicros + usage.systemMicros) / 1000, maxRssMiB: usage.maxRssKiB / 1024 });
        outputs[`${variant.tool}-${variant.format}`] = readFileSync(out, 'utf8');
        log(`whole job round ${round + 1}/${rounds}: ${variant.name} ${formatMs(wallMs)}`);
      }
      for (const format of formats) {
        const duck = JSON.parse(outputs[`duckdb-${format}`]!) as { threads: number; rows: DuckRow[] };
        threads = duck.threads;
        check = compare(JSON.parse(outputs[`cli-${format}`]!) as CliRelease, duck.rows, `${formatName[format]}, round ${round + 1}`);
      }
      sameAnswers(JSON.parse(outputs['duckdb-csv']!).rows as DuckRow[], JSON.parse(outputs['duckdb-jsonl']!).rows as DuckRow[], `round ${round + 1}`);
    }
    // A shared machine's other work takes cores from DuckDB's threads first: the load is part of the figure.
    return report(variants, rowCount, rounds, threads, check!, [loadBefore, loadavg()[0]!]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function report(variants: Variant[], rowCount: number, rounds: number, threads: number, check: Check, load: [number, number]): { figures: Figure[]; section: string } {
  const measures = [
    { key: 'wallMs' as const, label: 'wall time', show: (v: number) => formatMs(v) },
    { key: 'cpuMs' as const, label: 'CPU time (user + sys)', show: (v: number) => formatMs(v) },
    { key: 'maxRssMiB' as const, label: 'peak RSS', show: (v: number) => `${v.toFixed(0)} MiB` },
  ];
  const summary = (variant: Variant, key: keyof Run) => {
    const values = variant.runs.map((r) => r[key]);
    return { median: median(values), min: Math.min(...values), max: Math.max(...values) };
  };
  const shown = (variant: Variant, m: (typeof measures)[number]) => {
    const s = summary(variant, m.key);
    return `${m.show(s.median)} (${m.show(s.min)}–${m.show(s.max)})`;
  };
  const figures: Figure[] = [];
  const lines = [
    '| run | wall time | CPU time (user + sys) | peak RSS | wall / DuckDB | CPU / DuckDB | RSS / DuckDB |',
    '| --- | --- | --- | --- | ---: | ---: | ---: |',
  ];
  for (const format of formats) {
    const cli = variants.find((v) => v.tool === 'cli' && v.format === format)!;
    const duck = variants.find((v) => v.tool === 'duckdb' && v.format === format)!;
    const ratios = measures.map((m) => summary(cli, m.key).median / summary(duck, m.key).median);
    for (const [i, m] of measures.entries()) {
      figures.push({
        suite: 'whole job',
        figure: `\`crm-maturity cohorts --by industry,size\` from ${formatName[format]}, ${rowCount.toLocaleString('en')} rows (load + score + cohorts, one process per run): ${m.label}`,
        value: shown(cli, m),
        ratio: ratios[i]!,
        baseline: `DuckDB, default threads (${threads}), the same job in one SQL query from the file: ${shown(duck, m)}`,
      });
    }
    lines.push(`| ${cli.name} | ${measures.map((m) => shown(cli, m)).join(' | ')} | ${ratios.map((r) => r.toFixed(2)).join(' | ')} |`);
    lines.push(`| ${duck.name}, ${threads} threads | ${measures.map((m) => shown(duck, m)).join(' | ')} | 1 | 1 | 1 |`);
  }
  const section = `## Researcher's whole job

Command: \`pnpm bench --only whole-job --rows ${rowCount} --whole-job-rounds ${rounds} --write\` (not part of a plain \`pnpm bench\`).
${rowCount.toLocaleString('en')} synthetic organizations of questionnaire v1 (seed 1), generated once as CSV and as JSON Lines (untimed),
then read, scored and summarized for all organizations, by industry and by industry × size, each run a process
of its own: \`crm-maturity cohorts <file> --by industry,size --json\` (through tsx, as \`pnpm crm-maturity\` runs it,
so its start-up is included), and DuckDB on its default threads running the same job as one SQL query written
from the questionnaire's point tables (read_csv / read_ndjson, weighted question fractions, dimension and overall
scores, n, mean and quartiles per cell), started from a plain-JavaScript Node child. Wall time is seen by the bench;
CPU time (user + sys, all threads) and peak RSS are the child's own resource usage. Medians of ${rounds} interleaved
round${rounds === 1 ? '' : 's'} with min–max; ratios are CLI / DuckDB on the same format (above 1: the CLI is slower or larger).
One-minute load average ${load[0].toFixed(2)} before the first round, ${load[1].toFixed(2)} after the last.

${lines.join('\n')}

Agreement, checked in every round before any figure is reported: the same ${check.cells} cells, n equal in every
one, the overall and the four dimension means within ${check.maxMeanDifference.toFixed(3)} (the CLI prints one decimal;
the bench fails above 0.05) in the ${check.released} cells the CLI releases (${check.cells - check.released} withheld by disclosure control),
quartiles within ${check.maxQuartileDifference.toFixed(2)} (the CLI's are interpolated within score bands, DuckDB's exact);
DuckDB's answers from CSV and from JSON Lines identical.
`;
  return { figures, section };
}

/** DuckDB from CSV against DuckDB from JSON Lines: the same cells and n, every figure to 1e-9 (parallel sums may differ in the last bits). */
function sameAnswers(csv: DuckRow[], jsonl: DuckRow[], where: string): void {
  const text = (row: DuckRow) => `${row.industry ?? '*'}|${row.sizeBand ?? '*'} n=${row.n}`;
  const numbers = (row: DuckRow) => Object.values(row).flat().filter((v): v is number => typeof v === 'number');
  const differ = csv.length !== jsonl.length || csv.some((row, i) => {
    const other = jsonl[i]!;
    const [a, b] = [numbers(row), numbers(other)];
    return text(row) !== text(other) || a.length !== b.length || a.some((v, k) => Math.abs(v - b[k]!) > 1e-9);
  });
  if (differ) throw new Error(`whole job (${where}): DuckDB's answers from CSV and from JSON Lines differ`);
}

/** Runs a child to completion in the repository root, stdout to `stdoutFile` when given; rejects on a non-zero exit. */
function child(command: string, args: string[], stdoutFile?: string, env: Record<string, string> = {}): Promise<void> {
  const fd = stdoutFile ? openSync(stdoutFile, 'w') : undefined;
  return new Promise((resolve, reject) => {
    const proc = spawn(command, args, { cwd: repoRoot, env: { ...process.env, ...env }, stdio: ['ignore', fd ?? 'ignore', 'pipe'] });
    let stderr = '';
    proc.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    proc.on('error', reject);
    proc.on('close', (code) => {
      if (fd !== undefined) closeSync(fd);
      if (code === 0) resolve();
      else reject(new Error(`whole job: ${[command, ...args].join(' ')} exited with ${code}: ${stderr.slice(-2000)}`));
    });
  });
}

function log(message: string): void {
  process.stderr.write(`${message}\n`);
}
