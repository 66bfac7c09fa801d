import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createDatabase, migrateDatabase, type Db } from './db';

export type LocalDatabaseOptions = { dataDir?: string | undefined; databaseUrl?: string | undefined };

/**
 * For the CLI's `token` commands, which act on the database directly as
 * its operator: the URL the server would use (DATABASE_URL, else the
 * SQLite file in the data folder), migrated, opened for one piece of work
 * and closed again.
 */
export async function withLocalDatabase<T>(options: LocalDatabaseOptions, work: (db: Db) => Promise<T>): Promise<T> {
  const dataDir = resolve(options.dataDir ?? '.data');
  const url = options.databaseUrl ?? process.env.DATABASE_URL ?? `file:${join(dataDir, 'crm-maturity.db')}`;
  if (url.startsWith('file:')) mkdirSync(dataDir, { recursive: true });
  await migrateDatabase(url);
  const database = createDatabase(url);
  try {
    return await work(database.prisma);
  } finally {
    await database.close();
  }
}
