// Runs every benchmark and prints each figure as a ratio to a baseline
// measured in the same run. `pnpm bench` prints; `pnpm bench --write`
// also records the table in bench/RESULTS.md. `--rows N` scales the data
// (default 1,000,000).
import { writeFileSync } from 'node:fs';
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

const args = process.argv.slice(2);
const rowsArg = args.indexOf('--rows');
const rowCount = rowsArg >= 0 ? Number(args[rowsArg + 1]) : 1_000_000;
const only = args.includes('--only') ? args[args.indexOf('--only') + 1]!.split(',') : undefined;
const wanted = (name: string) => !only || only.includes(name);

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
  if (wanted('api')) figures.push(...(await apiThroughputSuite()));
  if (wanted('report')) figures.push(...(await reportRenderSuite()));

  const table = renderTable(figures);
  console.log(table);
  if (args.includes('--write')) {
    const file = join(dirname(fileURLToPath(import.meta.url)), 'RESULTS.md');
    writeFileSync(file, resultsDocument(table, rowCount));
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

function resultsDocument(table: string, rows: number): string {
  return `# Benchmark results

Command: \`pnpm bench --write\` (${rows.toLocaleString('en')} synthetic organizations, seed 1).
Machine: ${process.platform} ${process.arch}, Node ${process.version}, shared 2-core machine; every figure is a
median of interleaved rounds and is read as a ratio to the baseline measured in the same run.
Recorded ${new Date().toISOString().slice(0, 10)}.

${table}
`;
}

function log(message: string): void {
  process.stderr.write(`${message}\n`);
}

await main();
