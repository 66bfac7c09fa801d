import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrationsDirectory, sqliteSchemaPath } from '../package-paths';
import { postgresqlSchemaText } from '../prisma-schema/postgresql-schema';
import { startPostgresServer, type PostgresServer } from '../testing/postgres-server';
import { createMigration } from './create-migration';
import { diffMigrationsToSchema, migrationLockText } from './diff-migrations';
import { migrateDatabase } from './migrate-database';
import { readMigrations } from './migration-files';

let server: PostgresServer;
const scratch = mkdtempSync(join(tmpdir(), 'crm-maturity-migrations-'));
beforeAll(async () => {
  server = await startPostgresServer();
}, 60_000);
afterAll(async () => {
  await server?.stop();
  rmSync(scratch, { recursive: true, force: true });
});

const schema = readFileSync(sqliteSchemaPath, 'utf8');

describe('the committed migrations', () => {
  it('produce exactly prisma/schema.prisma on SQLite (if not: pnpm --filter @crm-maturity/api db:migration:create <name>)', async () => {
    const diff = await diffMigrationsToSchema({ provider: 'sqlite' }, migrationsDirectory('sqlite'), schema);
    expect(diff.sql).toBe('');
  });

  it('produce exactly the PostgreSQL schema on PostgreSQL (if not: pnpm --filter @crm-maturity/api db:migration:create <name>)', async () => {
    const diff = await diffMigrationsToSchema({ provider: 'postgresql', url: server.url }, migrationsDirectory('postgresql'), postgresqlSchemaText(schema));
    expect(diff.sql).toBe('');
  });

  it('have the same folders for both providers, and each provider its lock file', () => {
    const names = (provider: 'sqlite' | 'postgresql') => readMigrations(migrationsDirectory(provider)).map((migration) => migration.name);
    expect(names('postgresql')).toEqual(names('sqlite'));
    for (const provider of ['sqlite', 'postgresql'] as const) {
      expect(readFileSync(join(migrationsDirectory(provider), 'migration_lock.toml'), 'utf8')).toBe(migrationLockText(provider));
    }
  });
});

describe('createMigration (db:migration:create)', () => {
  const copies = () => {
    const directories = { sqlite: join(scratch, `sqlite-${Date.now()}`), postgresql: join(scratch, `postgresql-${Date.now()}`) };
    cpSync(migrationsDirectory('sqlite'), directories.sqlite, { recursive: true });
    cpSync(migrationsDirectory('postgresql'), directories.postgresql, { recursive: true });
    return directories;
  };

  it('writes nothing when the migrations match the schema', async () => {
    const directories = copies();
    const before = readdirSync(directories.sqlite);
    expect(await createMigration('nothing', { directories, schema, postgresUrl: server.url })).toEqual({ name: null, written: [] });
    expect(readdirSync(directories.sqlite)).toEqual(before);
  });

  it('writes the same next folder for both providers, which migrates a database to the changed schema', async () => {
    const directories = copies();
    const changed = schema.replace(/(model Organization \{\n)/, '$1  notes       String?\n');
    const created = await createMigration('Add organization notes', { directories, schema: changed, postgresUrl: server.url, now: new Date('2999-12-31T23:59:58Z') });
    expect(created.name).toBe('29991231235958_add_organization_notes');
    for (const provider of ['sqlite', 'postgresql'] as const) {
      const file = join(directories[provider], created.name!, 'migration.sql');
      expect(existsSync(file)).toBe(true);
      expect(readFileSync(file, 'utf8')).toMatch(/ALTER TABLE "Organization" ADD COLUMN\s+"notes" TEXT/);
    }
    // The new migration applies, and then the schema needs nothing more.
    const url = await server.createDatabase('created_migration');
    expect((await migrateDatabase(url, { migrationsDirectory: directories.postgresql })).applied.at(-1)).toBe(created.name);
    expect((await migrateDatabase(`file:${join(scratch, 'created.db')}`, { migrationsDirectory: directories.sqlite })).applied.at(-1)).toBe(created.name);
    expect(await createMigration('again', { directories, schema: changed, postgresUrl: server.url })).toEqual({ name: null, written: [] });
  });

  it('refuses a name without letters or digits', async () => {
    await expect(createMigration(' -- ', { directories: copies(), schema, postgresUrl: server.url })).rejects.toThrow('a migration needs a name of letters and digits');
  });
});
