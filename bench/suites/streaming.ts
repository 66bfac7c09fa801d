import { spawnSync } from 'node:child_process';
import { createWriteStream, mkdtempSync, rmSync, statSync } from 'node:fs';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateResponses, type Questionnaire } from '@crm-maturity/core';
import type { Figure } from '../support/measure';

const here = dirname(fileURLToPath(import.meta.url));
const tsx = join(here, '..', '..', 'node_modules', '.bin', 'tsx');

/**
 * Streams a JSON Lines file of `rows` synthetic organizations through
 * core's loadResponseSet (zod on every row, straight into typed arrays) in
 * a child process of its own, so its peak memory is its own. The baseline,
 * in another child on the same file, only splits lines and JSON.parses them.
 */
export async function streamingSuite(questionnaire: Questionnaire, rows: number): Promise<Figure[]> {
  const directory = mkdtempSync(join(tmpdir(), 'crm-maturity-bench-'));
  const file = join(directory, 'responses.jsonl');
  try {
    const out = createWriteStream(file);
    let batch: string[] = [];
    for (const row of generateResponses({ questionnaire, count: rows, seed: 2 })) {
      batch.push(JSON.stringify(row));
      if (batch.length === 5000) {
        if (!out.write(`${batch.join('\n')}\n`)) await once(out, 'drain');
        batch = [];
      }
    }
    if (batch.length) out.write(`${batch.join('\n')}\n`);
    out.end();
    await once(out, 'finish');
    const size = statSync(file).size;
    const loader = runChild('load', file);
    const baseline = runChild('parse-only', file);
    if (loader.accepted !== rows) throw new Error(`the loader accepted ${loader.accepted} of ${rows} rows`);
    const mib = (bytes: number) => bytes / 1024 / 1024;
    return [
      {
        suite: 'streaming load',
        figure: `${rows.toLocaleString('en')} JSON Lines rows (${mib(size).toFixed(0)} MiB): time`,
        value: `${(loader.ms / 1000).toFixed(1)} s (${Math.round((rows / loader.ms) * 1000).toLocaleString('en')} rows/s)`,
        ratio: loader.ms / baseline.ms,
        baseline: `split lines + JSON.parse only ${(baseline.ms / 1000).toFixed(1)} s`,
      },
      {
        suite: 'streaming load',
        figure: 'peak memory (max RSS of the loading process)',
        value: `${mib(loader.maxRssBytes).toFixed(0)} MiB`,
        ratio: loader.maxRssBytes / baseline.maxRssBytes,
        baseline: `parse-only process ${mib(baseline.maxRssBytes).toFixed(0)} MiB`,
        target: '< 1024 MiB',
        pass: loader.maxRssBytes < 1024 * 1024 * 1024,
      },
    ];
  } finally {
    rmSync(directory, { recursive: true, force: true });
  }
}

function runChild(mode: 'load' | 'parse-only', file: string): { ms: number; maxRssBytes: number; accepted: number } {
  const result = spawnSync(tsx, [join(here, '..', 'stream-child.ts'), mode, file], { encoding: 'utf8', maxBuffer: 1 << 20 });
  if (result.status !== 0) throw new Error(`stream child (${mode}) failed: ${result.stderr}`);
  return JSON.parse(result.stdout);
}
