import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const tsx = join(repoRoot, 'node_modules', '.bin', 'tsx');

export type CliRun = { status: number | null; stdout: string; stderr: string };

/** Runs the crm-maturity command in a real process, as a user would, from `cwd`. */
export function runCli(args: string[], options: { cwd?: string; viaPnpm?: boolean } = {}): CliRun {
  const [command, commandArgs] = options.viaPnpm
    ? ['pnpm', ['--silent', '--dir', repoRoot, 'crm-maturity', ...args]]
    : [tsx, [join(repoRoot, 'packages', 'cli', 'src', 'main.ts'), ...args]];
  const result = spawnSync(command, commandArgs, {
    cwd: options.cwd ?? repoRoot,
    encoding: 'utf8',
    env: { ...process.env, CRM_MATURITY_DEBUG: '', FORCE_COLOR: '0' },
    timeout: 60_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
