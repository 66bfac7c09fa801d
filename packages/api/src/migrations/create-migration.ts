import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { migrationsDirectory, sqliteSchemaPath } from '../package-paths';
import { postgresqlSchemaText } from '../prisma-schema/postgresql-schema';
import { startPostgresServer } from '../testing/postgres-server';
import { diffMigrationsToSchema, migrationLockText } from './diff-migrations';
import { readMigrations } from './migration-files';

export type CreatedMigration = {
  /** The folder name shared by both providers, e.g. `20251123201500_add_notes`; null when the schema needed no migration. */
  name: string | null;
  /** The folders written. */
  written: string[];
};

export type CreateMigrationOptions = {
  /** The time that names the folder (default now, UTC). */
  now?: Date;
  /** Migration folders per provider (default prisma/migrations/<provider>). */
  directories?: { sqlite: string; postgresql: string };
  /** The SQLite schema to migrate to (default prisma/schema.prisma); the PostgreSQL one is derived from it. */
  schema?: string;
  /** A PostgreSQL server to create shadow databases on (any database URL on it); default a throwaway local server. */
  postgresUrl?: string;
};

/**
 * Writes the next migration for both providers, offline: diffs each
 * provider's migrations against its schema (the PostgreSQL schema derived
 * from the SQLite one) with the WebAssembly schema engine (PostgreSQL on a
 * throwaway local server), and writes `<timestamp>_<name>/migration.sql` under
 * prisma/migrations/sqlite and prisma/migrations/postgresql, with the same
 * folder name on both sides. Writes nothing when the schema needs no change.
 *
 * @throws {Error} when the name is not lower-case words, when PostgreSQL is not installed, or when the new folder would not sort after the existing ones
 */
export async function createMigration(name: string, options: CreateMigrationOptions = {}): Promise<CreatedMigration> {
  const slug = name.trim().toLowerCase().replace(/[^a-z0-9]+/g, '_').replace(/^_+|_+$/g, '');
  if (slug === '') throw new Error(`a migration needs a name of letters and digits, e.g. "add_notes"; got ${JSON.stringify(name)}`);
  const directories = options.directories ?? { sqlite: migrationsDirectory('sqlite'), postgresql: migrationsDirectory('postgresql') };

  const schema = options.schema ?? readFileSync(sqliteSchemaPath, 'utf8');
  const sqlite = await diffMigrationsToSchema({ provider: 'sqlite' }, directories.sqlite, schema);
  const server = options.postgresUrl ? null : await startPostgresServer({ database: 'crm_maturity_migrations' });
  let postgresql;
  try {
    const url = options.postgresUrl ?? server!.url;
    postgresql = await diffMigrationsToSchema({ provider: 'postgresql', url }, directories.postgresql, postgresqlSchemaText(schema));
  } finally {
    await server?.stop();
  }
  if (!sqlite.hasChanges && !postgresql.hasChanges) return { name: null, written: [] };

  const folder = `${timestamp(options.now ?? new Date())}_${slug}`;
  const written: string[] = [];
  for (const provider of ['sqlite', 'postgresql'] as const) {
    const directory = directories[provider];
    const last = readMigrations(directory).at(-1)?.name;
    if (last !== undefined && last >= folder) throw new Error(`the new migration ${folder} would not sort after the last one, ${last}; check the clock`);
    const diff = provider === 'sqlite' ? sqlite : postgresql;
    // Both sides keep the same folders even if only one needs SQL, so their histories stay parallel.
    const sql = diff.hasChanges ? diff.sql : '-- This is an empty migration.\n';
    mkdirSync(join(directory, folder), { recursive: true });
    writeFileSync(join(directory, folder, 'migration.sql'), sql.endsWith('\n') ? sql : `${sql}\n`);
    writeFileSync(join(directory, 'migration_lock.toml'), migrationLockText(provider));
    written.push(join(directory, folder));
  }
  return { name: folder, written };
}

function timestamp(date: Date): string {
  return date.toISOString().replace(/[-:T]/g, '').slice(0, 14);
}
