/**
 * A throwaway PostgreSQL server for tests and for `db:migration:create`: a
 * fresh cluster in a temporary folder, listening on 127.0.0.1 only, with
 * trust authentication, stopped and deleted by `stop()`. Uses Debian's
 * `postgresql` package (/usr/lib/postgresql/<version>/bin); nothing is
 * downloaded. Starting takes about 2 s.
 *
 * initdb refuses to run as root, so under root the server runs as the
 * `postgres` system user that the Debian package creates.
 */
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';

export type PostgresServer = {
  /** The URL of the database created at start (`crm_maturity` unless asked otherwise). */
  url: string;
  port: number;
  /** The major version of the server, e.g. 15. */
  version: number;
  /** Creates another empty database on the same server and returns its URL. */
  createDatabase: (name: string) => Promise<string>;
  /** The URL of a database on this server, by name (it need not exist). */
  urlFor: (database: string) => string;
  /** Stops the server but keeps its data (an outage, for tests of what clients see meanwhile). */
  pause: () => Promise<void>;
  /** Starts a paused server again, on the same port with the same data. */
  resume: () => Promise<void>;
  /** Stops the server (`pg_ctl -m fast stop`) and deletes its folder; safe to call twice. */
  stop: () => Promise<void>;
};

export type PostgresServerOptions = {
  /** The database created at start (default `crm_maturity`). */
  database?: string;
};

const installHint =
  'PostgreSQL is not installed: no /usr/lib/postgresql/<version>/bin/initdb. ' +
  'Install it with `apt-get install -y --no-install-recommends postgresql` (scripts/ensure-postgres.sh does this as root), ' +
  'or set CRM_MATURITY_PG_BIN to a folder holding initdb and pg_ctl.';

/** The folder with initdb and pg_ctl (the newest installed version), or null when PostgreSQL is not installed. */
export function findPostgresBinaries(): string | null {
  const fromEnv = process.env.CRM_MATURITY_PG_BIN;
  if (fromEnv) return existsSync(join(fromEnv, 'initdb')) ? fromEnv : null;
  const root = '/usr/lib/postgresql';
  if (!existsSync(root)) return null;
  const versions = readdirSync(root)
    .filter((entry) => /^\d+(\.\d+)?$/.test(entry) && existsSync(join(root, entry, 'bin', 'initdb')))
    .sort((a, b) => Number(b) - Number(a));
  return versions[0] === undefined ? null : join(root, versions[0], 'bin');
}

/**
 * Starts a throwaway PostgreSQL server on a free loopback port.
 *
 * @throws {Error} when PostgreSQL is not installed, when running as root without a `postgres` user, or when the server does not start (the error carries its log)
 * @example
 * const server = await startPostgresServer();
 * // server.url => 'postgresql://postgres@127.0.0.1:41234/crm_maturity'
 * await server.stop();
 */
export async function startPostgresServer(options: PostgresServerOptions = {}): Promise<PostgresServer> {
  const bin = findPostgresBinaries();
  if (bin === null) throw new Error(installHint);
  const version = Number(execFileSync(join(bin, 'pg_ctl'), ['--version'], { encoding: 'utf8' }).match(/(\d+)(\.\d+)?/)?.[1] ?? 0);
  const owner = serverOwner();
  const dir = mkdtempSync(join(tmpdir(), 'crm-maturity-pg-'));
  const dataDir = join(dir, 'data');
  const logFile = join(dir, 'server.log');
  if (owner) chownSync(dir, owner.uid, owner.gid);

  let started = false;
  const stopSync = (): void => {
    if (started) {
      started = false;
      spawnSync(join(bin, 'pg_ctl'), ['-D', dataDir, '-m', 'fast', '-w', 'stop'], { ...asOwner(owner), stdio: 'ignore' });
    }
    rmSync(dir, { recursive: true, force: true });
  };
  // A test that crashes must not leave a server running.
  process.once('exit', stopSync);

  try {
    await run(join(bin, 'initdb'), ['-D', dataDir, '--auth=trust', '--username=postgres', '--encoding=UTF8', '--locale=C', '--no-sync'], owner);
    let port = 0;
    let serverOptions = '';
    // Another process may take the free port between our probe and the server's bind; try a few.
    for (let attempt = 1; ; attempt++) {
      port = await freePort();
      serverOptions = `-c listen_addresses=127.0.0.1 -p ${port} -k ${dir} -c fsync=off -c synchronous_commit=off -c full_page_writes=off`;
      try {
        await run(join(bin, 'pg_ctl'), ['-D', dataDir, '-l', logFile, '-o', serverOptions, '-w', '-t', '60', 'start'], owner);
        started = true;
        break;
      } catch (error) {
        if (attempt >= 3) throw error;
      }
    }
    const urlFor = (database: string): string => `postgresql://postgres@127.0.0.1:${port}/${encodeURIComponent(database)}`;
    const createDatabase = async (name: string): Promise<string> => {
      if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`database name must be lower-case letters, digits and underscores: ${JSON.stringify(name)}`);
      const client = new pg.Client({ connectionString: urlFor('postgres') });
      await client.connect();
      try {
        await client.query(`CREATE DATABASE "${name}"`);
      } finally {
        await client.end();
      }
      return urlFor(name);
    };
    const database = options.database ?? 'crm_maturity';
    const url = await createDatabase(database);
    return {
      url,
      port,
      version,
      createDatabase,
      urlFor,
      pause: async () => {
        if (!started) return;
        await run(join(bin, 'pg_ctl'), ['-D', dataDir, '-m', 'fast', '-w', 'stop'], owner);
        started = false;
      },
      resume: async () => {
        if (started) return;
        await run(join(bin, 'pg_ctl'), ['-D', dataDir, '-l', logFile, '-o', serverOptions, '-w', '-t', '60', 'start'], owner);
        started = true;
      },
      stop: async () => {
        process.removeListener('exit', stopSync);
        if (started) {
          started = false;
          await run(join(bin, 'pg_ctl'), ['-D', dataDir, '-m', 'fast', '-w', 'stop'], owner).catch(() => undefined);
        }
        rmSync(dir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    const log = existsSync(logFile) ? spawnSync('tail', ['-n', '20', logFile], { encoding: 'utf8' }).stdout : '';
    process.removeListener('exit', stopSync);
    stopSync();
    throw new Error(`could not start PostgreSQL from ${bin}: ${(error as Error).message}${log ? `\nserver log:\n${log}` : ''}`, { cause: error });
  }
}

type Owner = { uid: number; gid: number } | null;

/** Under root, the `postgres` user; otherwise the current user runs the server. */
function serverOwner(): Owner {
  if (process.getuid?.() !== 0) return null;
  const lookup = spawnSync('id', ['-u', 'postgres'], { encoding: 'utf8' });
  const group = spawnSync('id', ['-g', 'postgres'], { encoding: 'utf8' });
  if (lookup.status !== 0 || group.status !== 0) {
    throw new Error('PostgreSQL refuses to run as root and there is no `postgres` user; install the postgresql package, which creates it');
  }
  return { uid: Number(lookup.stdout.trim()), gid: Number(group.stdout.trim()) };
}

function asOwner(owner: Owner): { uid?: number; gid?: number; cwd: string; env: NodeJS.ProcessEnv } {
  // The server's user must be able to read its working directory; /tmp always is.
  const env = { ...process.env, LC_ALL: 'C' };
  return owner ? { uid: owner.uid, gid: owner.gid, cwd: tmpdir(), env } : { cwd: tmpdir(), env };
}

function run(command: string, args: string[], owner: Owner): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { ...asOwner(owner), stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`${command} ${args.join(' ')} exited with ${code}: ${output.trim()}`))));
  });
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}
