/**
 * The database client: one Prisma client API over SQLite (better-sqlite3)
 * or PostgreSQL (node-postgres), chosen by the URL.
 */
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { PrismaPg } from '@prisma/adapter-pg';
import { databaseProvider, sqliteFilePath, type DatabaseProvider } from './database-url';
import { PrismaClient as PostgresqlPrismaClient } from './generated/postgresql/client';
import { PrismaClient as SqlitePrismaClient } from './generated/sqlite/client';
import { runtimeConfig, type RuntimeConfig } from './runtime-config';
import { SerializedSqliteAdapterFactory } from './sqlite-adapter';

export { migrateDatabase } from './migrations/migrate-database';
export type { DatabaseProvider } from './database-url';

/**
 * The client type the API is written against, whichever the provider. It is
 * the SQLite client's type: the schema is portable (no provider-specific
 * fields or options), so the PostgreSQL client has the same model API, and
 * the SQLite one lacks only PostgreSQL extras the code must not use anyway
 * (e.g. `mode: 'insensitive'`).
 */
export type Db = SqlitePrismaClient;

/** The client inside `db.$transaction(async (tx) => …)`. */
export type DbTransaction = Parameters<Parameters<Db['$transaction']>[0]>[0];

export type Database = {
  prisma: Db;
  provider: DatabaseProvider;
  /** Disconnects the client and closes its connections. */
  close: () => Promise<void>;
};

/**
 * Opens a client for a database URL: `file:<path>` or a plain path is SQLite
 * (its folder is created; foreign keys, WAL, `synchronous` and a busy
 * timeout are set on the connection, see sqlite-adapter.ts), `postgresql://`
 * or `postgres://` is PostgreSQL (a pool of CRM_MATURITY_DB_POOL_SIZE
 * connections). Pool size and transaction limits come from `config`
 * (default: the environment, see runtime-config.ts). Connects lazily on the
 * first query. Run `migrateDatabase(url)` first.
 *
 * @throws {Error} for any other URL scheme
 * @example
 * const database = createDatabase('file:./.data/crm-maturity.db');
 * await database.prisma.organization.count(); // => 0
 * await database.close();
 */
export function createDatabase(url: string, config: RuntimeConfig = runtimeConfig()): Database {
  const provider = databaseProvider(url);
  // A write waits this long for its turn, then runs at most this long; the defaults hold 128 concurrent clients.
  const transactionOptions = { maxWait: config.CRM_MATURITY_TX_MAX_WAIT_MS, timeout: config.CRM_MATURITY_TX_TIMEOUT_MS };
  if (provider === 'sqlite') {
    const path = sqliteFilePath(url);
    if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
    const adapter = new SerializedSqliteAdapterFactory(path, { busyTimeoutMs: config.CRM_MATURITY_SQLITE_BUSY_TIMEOUT_MS, synchronous: config.CRM_MATURITY_SQLITE_SYNCHRONOUS });
    const prisma = new SqlitePrismaClient({ adapter, transactionOptions });
    return { prisma, provider, close: () => prisma.$disconnect() };
  }
  const adapter = new PrismaPg({
    connectionString: url,
    max: config.CRM_MATURITY_DB_POOL_SIZE,
    connectionTimeoutMillis: config.CRM_MATURITY_DB_CONNECT_TIMEOUT_MS,
  });
  const prisma = new PostgresqlPrismaClient({ adapter, transactionOptions });
  // Same models, same generated API; only the provider-specific extras differ (see Db).
  return { prisma: prisma as unknown as Db, provider, close: () => prisma.$disconnect() };
}
