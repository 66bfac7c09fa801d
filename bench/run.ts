// Runs every benchmark and prints each figure as a ratio to a baseline
// measured in the same run. `pnpm bench` prints; `pnpm bench --write`
// also records the table in bench/RESULTS.md. `--rows N` scales the data
// (default 1,000,000). `--only api,report` runs some suites; with `--write`
// their rows (and sections) replace those in RESULTS.md and the rest stay.
// API options: `--api-seconds N` (default 5), `--api-rounds N` (default 3),
// `--api-databases sqlite,postgresql`, `--api-connections 8,32,128`.
// `--only whole-job` (never run by default: minutes at 1 M rows) times the
// researcher's whole job from a file, CLI against DuckDB, one process per
// run; `--whole-job-rounds N` (default 3).
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateResponses, ResponseSetBuilder, scoreResponseSet, type ResponseRow } from '@crm-maturity/core';
import { bundledQuestionnaire } from '@crm-maturity/questionnaires';
import { formatMs, type Figure } from './support/measure';
import { bulkScoringSuite } from './suites/bulk-scoring';
import { cohortStatisticsSuite } from './suites/cohort-statistics';
import { percentileLookupSuite } from './suites/percentile-lookup';
import { streamingSuite } from './suites/streaming';
import { apiThroughputSuite } from './suites/api-throughput';
import { reportRenderSuite } from './suites/report-render';
import { wholeJobSuite } from './suites/whole-job';

const args = process.argv.slice(2);
const rowsArg = args.indexOf('--rows');
const rowCount = rowsArg >= 0 ? Number(args[rowsArg + 1]) : 1_000_000;
const only = args.includes('--only') ? args[args.indexOf('--only') + 1]!.split(',') : undefined;
const wanted = (name: string) => !only || only.includes(name);
/** Suites too long for a default run (and CI): only when named in --only. */
const named = (name: string) => only?.includes(name) ?? false;

async function main(): Promise<void> {
  const needsData = ['scoring', 'cohorts', 'percentile'].some(wanted);
  const questionnaire = bundledQuestionnaire('crm-maturity', '1.0.0');
  const started = performance.now();
  const dataRows = needsData ? rowCount : 0;
  const builder = new ResponseSetBuilder(questionnaire, Math.max(1, dataRows));
  const objectRows: ResponseRow[] = [];
  const objectCount = Math.min(dataRows, 100_000);
  for (const row of generateResponses({ questionnaire, count: dataRows, seed: 1, periods: ['2024', '2025', '2026'] })) {
    builder.add(row);
    if (objectRows.length < objectCount) objectRows.push(row);
  }
  const set = builder.build();
  const scored = scoreResponseSet(set);
  if (needsData) log(`generated and encoded ${rowCount.toLocaleString('en')} synthetic organizations in ${formatMs(performance.now() - started)}`);

  const figures: Figure[] = [];
  if (wanted('scoring')) figures.push(...(await bulkScoringSuite(questionnaire, set, objectRows)));
  if (wanted('cohorts')) figures.push(...(await cohortStatisticsSuite(scored)));
  if (wanted('percentile')) figures.push(...(await percentileLookupSuite(scored)));
  if (wanted('streaming')) figures.push(...(await streamingSuite(questionnaire, rowCount)));
  const sections: string[] = [];
  if (wanted('api')) {
    const api = await apiThroughputSuite({
      ...(numberArg('--api-seconds') ? { seconds: numberArg('--api-seconds') } : {}),
      ...(numberArg('--api-rounds') ? { rounds: numberArg('--api-rounds') } : {}),
      ...(listArg('--api-databases') ? { databases: listArg('--api-databases') as ('sqlite' | 'postgresql')[] } : {}),
      ...(listArg('--api-connections') ? { connections: listArg('--api-connections')!.map(Number) } : {}),
    });
    figures.push(...api.figures);
    sections.push(api.section);
  }
  if (wanted('report')) figures.push(...(await reportRenderSuite()));
  if (named('whole-job')) {
    const job = await wholeJobSuite(rowCount, numberArg('--whole-job-rounds') ?? 3);
    figures.push(...job.figures);
    sections.push(job.section);
  }

  const table = renderTable(figures);
  console.log(table);
  for (const section of sections) console.log(`\n${section}`);
  if (args.includes('--write')) {
    const file = join(dirname(fileURLToPath(import.meta.url)), 'RESULTS.md');
    const earlier = only && existsSync(file) ? readFileSync(file, 'utf8') : undefined;
    writeFileSync(file, earlier ? mergedDocument(earlier, figures, sections, rowCount) : resultsDocument(renderTable(figures), rowCount, sections));
    log(`wrote ${file}`);
  }
  if (figures.some((f) => f.pass === false)) process.exitCode = 1;
}

function renderTable(figures: Figure[]): string {
  const lines = ['| suite | figure | value | ratio | baseline (same run) | target | met |', '| --- | --- | --- | ---: | --- | --- | --- |'];
  for (const f of figures) {
    const ratio = f.ratio === undefined ? '' : f.ratio >= 10 ? f.ratio.toFixed(1) : f.ratio.toFixed(3);
    lines.push(`| ${f.suite} | ${f.figure} | ${f.value} | ${ratio} | ${f.baseline ?? ''} | ${f.target ?? ''} | ${f.pass === undefined ? '' : f.pass ? 'yes' : 'NO'} |`);
  }
  return lines.join('\n');
}

function numberArg(name: string): number | undefined {
  const at = args.indexOf(name);
  return at >= 0 ? Number(args[at + 1]) : undefined;
}

function listArg(name: string): string[] | undefined {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1]!.split(',') : undefined;
}

/**
 * The earlier RESULTS.md with the suites run now replaced: their new rows
 * stand where their old ones stood (new suites go last), their sections
 * (## headings) are replaced, and the header says which rows are from when.
 */
function mergedDocument(text: string, figures: Figure[], sections: string[], rows: number): string {
  const ran = new Set(figures.map((f) => f.suite));
  const [head = '', ...earlierSections] = text.split(/\n(?=## )/);
  const suiteOf = (line: string) => line.split('|')[1]!.trim();
  const earlierRows = head.split('\n').filter((line) => line.startsWith('| ') && !line.startsWith('| suite |') && !line.startsWith('| ---'));
  const fresh = renderTable(figures).split('\n').slice(2);
  const merged: string[] = [];
  for (const line of earlierRows) {
    if (!ran.has(suiteOf(line))) merged.push(line);
    else if (fresh.length) merged.push(...fresh.splice(0));
  }
  merged.push(...fresh);
  const table = ['| suite | figure | value | ratio | baseline (same run) | target | met |', '| --- | --- | --- | ---: | --- | --- | --- |', ...merged].join('\n');
  // The other rows keep the date they were recorded on, through any number of partial runs.
  const recordedBefore = (/the other rows as recorded (\d{4}-\d{2}-\d{2})/.exec(head) ?? /Recorded (\d{4}-\d{2}-\d{2})/.exec(head))?.[1];
  const written = new Set(sections.map((s) => s.split('\n')[0]));
  const kept = earlierSections.filter((s) => !written.has(s.split('\n')[0])).map((s) => s.trimEnd() + '\n');
  const note = recordedBefore ? ` (${[...ran].join(', ')}); the other rows as recorded ${recordedBefore}` : '';
  return resultsDocument(table, rows, [...kept, ...sections]).replace(/Recorded (\d{4}-\d{2}-\d{2})\./, `Recorded $1${note}.`);
}

function resultsDocument(table: string, rows: number, sections: string[] = []): string {
  return `# Benchmark results

Command: \`pnpm bench --write\` (${rows.toLocaleString('en')} synthetic organizations, seed 1).
Machine: ${process.platform} ${process.arch}, Node ${process.version}, shared 2-core machine; every figure is a
median of interleaved rounds and is read as a ratio to the baseline measured in the same run.
Recorded ${new Date().toISOString().slice(0, 10)}.

${table}
${sections.map((s) => `\n${s}`).join('')}`;
}

function log(message: string): void {
  process.stderr.write(`${message}\n`);
}

await main();
