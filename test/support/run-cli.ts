import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const tsx = join(repoRoot, 'node_modules', '.bin', 'tsx');

export type CliRun = { status: number | null; stdout: string; stderr: string };

/** Runs the crm-maturity command in a real process, as a user would, from `cwd`. */
export function runCli(args: string[], options: { cwd?: string; viaPnpm?: boolean; env?: Record<string, string> } = {}): CliRun {
  const [command, commandArgs] = options.viaPnpm
    ? ['pnpm', ['--silent', '--dir', repoRoot, 'crm-maturity', ...args]]
    : [tsx, [join(repoRoot, 'packages', 'cli', 'src', 'main.ts'), ...args]];
  const result = spawnSync(command, commandArgs, {
    cwd: options.cwd ?? repoRoot,
    encoding: 'utf8',
    env: { ...process.env, CRM_MATURITY_DEBUG: '', FORCE_COLOR: '0', ...options.env },
    timeout: 60_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/**
 * `runCli` without blocking: a test that also serves HTTP in its own
 * process must keep its event loop running while the command runs.
 */
export function runCliAsync(args: string[], options: { env?: Record<string, string> } = {}): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(tsx, [join(repoRoot, 'packages', 'cli', 'src', 'main.ts'), ...args], {
      cwd: repoRoot,
      env: { ...process.env, CRM_MATURITY_DEBUG: '', FORCE_COLOR: '0', ...options.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    child.once('error', reject);
    child.once('close', (status) => resolve({ status, stdout, stderr }));
  });
}

export type ServerProcess = { url: string; stop: () => Promise<void> };

/**
 * `crm-maturity serve --port 0 --no-demo` in a real process of its own,
 * over `env.DATABASE_URL`: a second server next to one in the test process.
 * Resolves once it prints its URL.
 */
export function startServerProcess(env: Record<string, string>): Promise<ServerProcess> {
  const child: ChildProcess = spawn(tsx, [join(repoRoot, 'packages', 'cli', 'src', 'main.ts'), 'serve', '--port', '0', '--no-demo'], {
    cwd: repoRoot,
    env: { ...process.env, CRM_MATURITY_DEBUG: '', FORCE_COLOR: '0', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const stop = () =>
    new Promise<void>((done) => {
      if (child.exitCode !== null || child.signalCode !== null) return done();
      child.once('exit', () => done());
      child.kill('SIGTERM');
    });
  return new Promise((resolve, reject) => {
    let output = '';
    const onData = (chunk: Buffer) => {
      output += chunk.toString('utf8');
      const url = /crm-maturity API on (http:\/\/\S+)/.exec(output)?.[1];
      if (url) resolve({ url, stop });
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    child.once('exit', (code) => reject(new Error(`the server process exited (${code}) before it served: ${output}`)));
  });
}
