import { chmodSync, mkdirSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import { createDatabase, migrateDatabase } from './db';
import { tokenPolicyFromEnv } from './auth/token-policy';
import { corsOriginsFromEnv } from './plugins/cors-allowlist';
import { seedDemo, type DemoSeed } from './services/seed-demo';
import { createApi } from './yoga';

export type ServerOptions = {
  port?: number;
  host?: string;
  /** Where the SQLite file and the demo tokens live (default ./.data). */
  dataDir?: string;
  /** A postgresql:// URL, or file: for SQLite; default the SQLite file in dataDir, or DATABASE_URL. */
  databaseUrl?: string;
  /** Seed the demo into an empty database (default true). */
  demo?: boolean;
  benchmarkSize?: number;
  introspection?: boolean;
  /** Origins browsers may call from; default CRM_MATURITY_CORS_ORIGINS (none when unset). */
  corsOrigins?: string[];
};

export type RunningServer = { url: string; databaseUrl: string; seed: DemoSeed; server: Server; close: () => Promise<void> };

/** Migrates, seeds the demo on first run, and serves the API. */
export async function startServer(options: ServerOptions = {}): Promise<RunningServer> {
  const dataDir = resolve(options.dataDir ?? '.data');
  const databaseUrl = options.databaseUrl ?? process.env.DATABASE_URL ?? `file:${join(dataDir, 'crm-maturity.db')}`;
  if (databaseUrl.startsWith('file:')) mkdirSync(dataDir, { recursive: true });
  // Read before anything is written, so a bad CRM_MATURITY_TOKEN_TTL_DAYS or CRM_MATURITY_CORS_ORIGINS stops the start.
  const tokenPolicy = tokenPolicyFromEnv();
  const corsOrigins = options.corsOrigins ?? corsOriginsFromEnv();
  await migrateDatabase(databaseUrl);
  const database = createDatabase(databaseUrl);
  const { yoga, minCohortSize } = createApi({ db: database.prisma, tokenPolicy, corsOrigins, ...(options.introspection === undefined ? {} : { introspection: options.introspection }) });
  const seed = options.demo === false ? { created: false, tokens: [] } : await seedDemo(database.prisma, { minCohortSize, tokenPolicy, ...(options.benchmarkSize ? { benchmarkSize: options.benchmarkSize } : {}) });
  if (seed.created) {
    mkdirSync(dataDir, { recursive: true });
    const file = join(dataDir, 'demo-tokens.txt');
    writeFileSync(file, seed.tokens.map((t) => `${t.role.padEnd(10)} ${t.email.padEnd(26)} ${t.token}`).join('\n') + '\n');
    chmodSync(file, 0o600);
  }
  const server = createServer(yoga);
  await new Promise<void>((ready) => server.listen(options.port ?? 4000, options.host ?? '127.0.0.1', ready));
  const { port, address } = server.address() as AddressInfo;
  return {
    url: `http://${address.includes(':') ? `[${address}]` : address}:${port}/graphql`,
    databaseUrl,
    seed,
    server,
    close: async () => {
      await new Promise<void>((done) => server.close(() => done()));
      await database.close();
    },
  };
}
