/**
 * The API under test: the real server (migrations, demo seed, HTTP listener
 * on port 0) on a temporary SQLite file or on a throwaway PostgreSQL server,
 * plus a second database client for counting rows behind the API's back.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDatabase, startServer, type Database } from '@crm-maturity/api';
import { startPostgresServer } from '@crm-maturity/api/testing/postgres-server';
import { graphqlClient, type GraphqlClient } from './graphql-client';

export const providers = ['sqlite', 'postgresql'] as const;
export type Provider = (typeof providers)[number];
export type DemoRole = 'ADMIN' | 'CONSULTANT' | 'RESEARCHER' | 'MEMBER';

export type ApiHarness = GraphqlClient & {
  provider: Provider;
  url: string;
  /** The database the server uses, for a second server process over it. */
  databaseUrl: string;
  /** The seeded demo users' tokens, by role. */
  tokens: Record<DemoRole, string>;
  /** Direct database access, for checks the API cannot make (row counts). */
  db: Database['prisma'];
  close: () => Promise<void>;
};

/**
 * The demo benchmark is kept small: the cohort tests need cells large
 * enough to release (industry, size) and a few small enough to withhold,
 * and 600 rows give both while seeding in about a second.
 */
export const benchmarkSize = 600;

/** Starts the API on a fresh database of the provider, seeded with the demo. */
export async function startApi(provider: Provider): Promise<ApiHarness> {
  const dataDir = mkdtempSync(join(tmpdir(), `crm-maturity-api-${provider}-`));
  const postgres = provider === 'postgresql' ? await startPostgresServer() : null;
  try {
    const running = await startServer({
      port: 0,
      dataDir,
      databaseUrl: postgres ? postgres.url : `file:${join(dataDir, 'api.db')}`,
      benchmarkSize,
      introspection: false,
    });
    const database = createDatabase(running.databaseUrl);
    const tokens = Object.fromEntries(running.seed.tokens.map((t) => [t.role, t.token])) as Record<DemoRole, string>;
    return {
      provider,
      url: running.url,
      databaseUrl: running.databaseUrl,
      tokens,
      db: database.prisma,
      ...graphqlClient(running.url),
      close: async () => {
        await database.close();
        await running.close();
        await postgres?.stop();
        rmSync(dataDir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await postgres?.stop();
    rmSync(dataDir, { recursive: true, force: true });
    throw error;
  }
}
