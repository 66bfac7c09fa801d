/**
 * The API as a separate process, started the way `scripts/start` starts it
 * (`node --import tsx packages/cli/src/main.ts serve`, or the script
 * itself), for tests that kill it, stop it with a signal, or run two of
 * them over one database. Its stdout (JSON log lines and the banner) is
 * collected; the URL is read from the "listening" record.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { graphqlClient, type GraphqlClient } from './graphql-client';
import type { DemoRole } from './api-server';

const repoRoot = new URL('../../../', import.meta.url).pathname;

export type ServerProcess = GraphqlClient & {
  child: ChildProcess;
  /** Everything the process wrote to stdout and stderr so far. */
  output: () => string;
  /** The JSON log records so far. */
  records: () => Record<string, unknown>[];
  /** Resolves once a log record matches. */
  waitFor: (match: (record: Record<string, unknown>) => boolean, what: string) => Promise<Record<string, unknown>>;
  /** Resolves once the output contains `text` (e.g. the end of the banner, which follows the "listening" record). */
  waitForText: (text: string) => Promise<void>;
  url: () => string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  kill: (signal: NodeJS.Signals) => void;
};

export type ServerProcessOptions = {
  dataDir: string;
  /** Default: the SQLite file in dataDir. */
  databaseUrl?: string;
  /** Start through scripts/start (slower: it checks the install first) instead of node directly. */
  viaStartScript?: boolean;
  env?: Record<string, string>;
};

/** Spawns a server on a free port; call `ready()` on the result to wait until it listens. */
export function spawnServer(options: ServerProcessOptions): ServerProcess & { ready: () => Promise<ServerProcess> } {
  const args = ['serve', '--port', '0', '--data-dir', options.dataDir];
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    CRM_MATURITY_LOG_LEVEL: 'info',
    CRM_MATURITY_LOG_FORMAT: 'json',
    CRM_MATURITY_DEMO_BENCHMARK_SIZE: '200',
    ...options.env,
  };
  // The server's own default (the SQLite file in the data folder) unless a URL is given.
  if (options.databaseUrl) env.DATABASE_URL = options.databaseUrl;
  else delete env.DATABASE_URL;
  const child = options.viaStartScript
    ? spawn(join(repoRoot, 'scripts/start'), args.slice(1), { cwd: repoRoot, env, stdio: ['ignore', 'pipe', 'pipe'] })
    : spawn(process.execPath, ['--import', 'tsx', 'packages/cli/src/main.ts', ...args], { cwd: repoRoot, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let text = '';
  const parsed: Record<string, unknown>[] = [];
  const waiters: { match: (r: Record<string, unknown>) => boolean; resolve: (r: Record<string, unknown>) => void }[] = [];
  let pending = '';
  child.stdout!.on('data', (chunk: Buffer) => {
    text += chunk.toString();
    pending += chunk.toString();
    const lines = pending.split('\n');
    pending = lines.pop()!;
    for (const line of lines) {
      if (!line.startsWith('{')) continue;
      const record = JSON.parse(line) as Record<string, unknown>;
      parsed.push(record);
      for (const waiter of [...waiters]) {
        if (waiter.match(record)) {
          waiters.splice(waiters.indexOf(waiter), 1);
          waiter.resolve(record);
        }
      }
    }
  });
  child.stderr!.on('data', (chunk: Buffer) => (text += chunk.toString()));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));
  const waitFor = (match: (record: Record<string, unknown>) => boolean, what: string) => {
    const found = parsed.find(match);
    if (found) return Promise.resolve(found);
    return Promise.race([
      new Promise<Record<string, unknown>>((resolve) => waiters.push({ match, resolve })),
      exited.then(({ code, signal }) => {
        throw new Error(`the server exited (${code ?? signal}) before ${what}:\n${text}`);
      }),
    ]);
  };
  const waitForText = async (wanted: string) => {
    while (!text.includes(wanted)) {
      const { code, signal } = await Promise.race([exited, new Promise<{ code: null; signal: null }>((resolve) => setTimeout(() => resolve({ code: null, signal: null }), 20))]);
      if (code !== null || signal !== null) throw new Error(`the server exited (${code ?? signal}) before writing ${JSON.stringify(wanted)}:\n${text}`);
    }
  };
  let url = '';
  let client: GraphqlClient | null = null;
  const server: ServerProcess = {
    child,
    output: () => text,
    records: () => parsed,
    waitFor,
    waitForText,
    url: () => url,
    exited,
    kill: (signal) => void child.kill(signal),
    gql: (...a) => client!.gql(...a),
    upload: (...a) => client!.upload(...a),
    post: (...a) => client!.post(...a),
  };
  return {
    ...server,
    ready: async () => {
      const listening = await waitFor((r) => r.msg === 'listening', 'it listened');
      url = String(listening.url);
      client = graphqlClient(url);
      return server;
    },
  };
}

/** The demo tokens the seeding start wrote to the data folder, by role. */
export function demoTokens(dataDir: string): Record<DemoRole, string> {
  const file = join(dataDir, 'demo-tokens.txt');
  if (!existsSync(file)) throw new Error(`no ${file}`);
  return Object.fromEntries(
    readFileSync(file, 'utf8')
      .trim()
      .split('\n')
      .map((line) => line.split(/\s+/))
      .map(([role, , token]) => [role, token]),
  ) as Record<DemoRole, string>;
}
