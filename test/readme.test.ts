import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { repoRoot, runCli } from './support/run-cli';

const readmes = ['README.md', 'packages/cli/README.md', 'packages/core/README.md', 'packages/api/README.md', 'questionnaires/crm-maturity/v1/README.md', 'questionnaires/crm-maturity/v2/README.md'];

/** Every `pnpm crm-maturity ...` line in a README's shell blocks. */
function cliLines(readme: string): string[][] {
  const text = readFileSync(join(repoRoot, readme), 'utf8');
  const blocks = [...text.matchAll(/```sh\n([\s\S]*?)```/g)].map((m) => m[1]!);
  return blocks
    .flatMap((block) => block.split('\n'))
    .map((line) => line.replace(/#.*$/, '').trim())
    .filter((line) => line.startsWith('pnpm crm-maturity '))
    .map((line) => line.split(/\s+/).slice(2));
}

describe('the commands in the READMEs', () => {
  for (const readme of readmes) {
    const lines = cliLines(readme);
    it.runIf(lines.length > 0).each(lines.map((args) => [args.join(' ')]))(`${readme}: crm-maturity %s`, (line) => {
      // A data folder under /tmp is a fresh one on every run, so state (e.g. the live-token cap) never carries over between runs.
      const args = line.split(' ').map((arg, i, all) => (all[i - 1] === '--data-dir' && arg.startsWith('/tmp/') ? mkdtempSync(join(tmpdir(), 'crm-readme-')) : arg));
      const run = runCli(args);
      expect(run.stderr).toBe('');
      expect(run.status).toBe(0);
    });
  }

  it.each(['score-an-answer-file.ts', 'research-study.ts'])('core README shows examples/%s verbatim and the output it prints', (name) => {
    const readme = readFileSync(join(repoRoot, 'packages/core/README.md'), 'utf8');
    const source = readFileSync(join(repoRoot, 'examples', name), 'utf8');
    const at = readme.indexOf(source);
    expect(at).toBeGreaterThan(0);
    const run = spawnSync(join(repoRoot, 'node_modules/.bin/tsx'), [join('examples', name)], { cwd: repoRoot, encoding: 'utf8' });
    expect(run.stderr).toBe('');
    const printed = /prints\n\n```text\n([\s\S]*?)```/.exec(readme.slice(at))?.[1];
    expect(run.stdout).toBe(printed);
  });
});
