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
 * (its folder is created; foreign keys, WAL and a busy timeout are set on the
 * connection), `postgresql://` or `postgres://` is PostgreSQL. Connects
 * lazily on the first query. Run `migrateDatabase(url)` first.
 *
 * @throws {Error} for any other URL scheme
 * @example
 * const database = createDatabase('file:./.data/crm-maturity.db');
 * await database.prisma.organization.count(); // => 0
 * await database.close();
 */
export function createDatabase(url: string): Database {
  const provider = databaseProvider(url);
  if (provider === 'sqlite') {
    const path = sqliteFilePath(url);
    if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
    const prisma = new SqlitePrismaClient({ adapter: new SerializedSqliteAdapterFactory(path) });
    return { prisma, provider, close: () => prisma.$disconnect() };
  }
  const prisma = new PostgresqlPrismaClient({ adapter: new PrismaPg({ connectionString: url }) });
  // Same models, same generated API; only the provider-specific extras differ (see Db).
  return { prisma: prisma as unknown as Db, provider, close: () => prisma.$disconnect() };
}
