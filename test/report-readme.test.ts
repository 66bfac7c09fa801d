import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot, runCli } from './support/run-cli';

const readme = readFileSync(join(repoRoot, 'packages/report/README.md'), 'utf8');

describe('the report README', () => {
  const lines = [...readme.matchAll(/```sh\n([\s\S]*?)```/g)]
    .flatMap((m) => m[1]!.split('\n'))
    .map((line) => line.trim())
    .filter((line) => line.startsWith('pnpm crm-maturity '));

  it.each(lines)('runs %s', (line) => {
    const run = runCli(line.split(/\s+/).slice(2));
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
  });

  it('shows examples/render-a-report.ts verbatim, and what it prints', () => {
    const source = readFileSync(join(repoRoot, 'examples/render-a-report.ts'), 'utf8');
    const at = readme.indexOf(source);
    expect(at).toBeGreaterThan(0);
    const run = spawnSync(join(repoRoot, 'node_modules/.bin/tsx'), ['examples/render-a-report.ts'], { cwd: repoRoot, encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.stdout).toBe(/prints\n\n```text\n([\s\S]*?)```/.exec(readme.slice(at))?.[1]);
    expect(readFileSync('/tmp/small-retailer-report.pdf').subarray(0, 5).toString()).toBe('%PDF-');
  });
});
