import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import pg from 'pg';
import { databaseProvider, sqliteFilePath, type DatabaseProvider } from '../database-url';
import { migrationsDirectory } from '../package-paths';
import { readMigrations, type MigrationFile } from './migration-files';

/** The table that records applied migrations, in the database itself. */
export const migrationsTable = '_crm_maturity_migrations';

export type MigrateOptions = {
  /** Where the migration folders are (default prisma/migrations/<provider> of this package). */
  migrationsDirectory?: string;
};

export type MigrateResult = {
  provider: DatabaseProvider;
  /** The migrations applied by this call, oldest first; empty when the database was up to date. */
  applied: string[];
};

/**
 * Brings a database up to date: applies, in name order, every migration
 * folder of its provider that the database has not recorded in
 * `_crm_maturity_migrations`. Each migration runs in its own transaction
 * together with its record, so a failure leaves the database as it was
 * before that migration. Concurrent callers (two servers starting at once)
 * wait for each other. A SQLite file and its folder are created if missing.
 *
 * @throws {Error} when an applied migration's file has changed or is missing
 * (the database was migrated by other code; starting would be unsafe), or
 * when a migration's SQL fails (the message names the migration)
 * @example
 * await migrateDatabase('file:./.data/crm-maturity.db') // => { provider: 'sqlite', applied: ['20251123201500_init'] }
 * await migrateDatabase('file:./.data/crm-maturity.db') // => { provider: 'sqlite', applied: [] }
 */
export async function migrateDatabase(url: string, options: MigrateOptions = {}): Promise<MigrateResult> {
  const provider = databaseProvider(url);
  const migrations = readMigrations(options.migrationsDirectory ?? migrationsDirectory(provider));
  if (provider === 'postgresql') return { provider, applied: await migrateWith(await openPostgres(url), migrations) };
  // better-sqlite3 waits for a file lock synchronously, which would block the
  // other migrator in this same process forever; so callers in one process
  // queue per file, and other processes are held off by the file lock.
  const path = sqliteFilePath(url);
  const previous = sqliteQueue.get(path) ?? Promise.resolve();
  const run = previous.catch(() => undefined).then(() => migrateWith(openSqlite(path), migrations));
  const settled = run.then(
    () => undefined,
    () => undefined,
  );
  sqliteQueue.set(path, settled);
  try {
    return { provider, applied: await run };
  } finally {
    if (sqliteQueue.get(path) === settled) sqliteQueue.delete(path);
  }
}

const sqliteQueue = new Map<string, Promise<void>>();

async function migrateWith(connection: MigrationConnection, migrations: MigrationFile[]): Promise<string[]> {
  try {
    return await applyPending(connection, migrations);
  } finally {
    await connection.close();
  }
}

type Row = Record<string, unknown>;

/** What the applier needs from a driver; `?` marks parameters on both. */
type MigrationConnection = {
  /** Runs a script of one or more statements without parameters. */
  exec: (sql: string) => Promise<void>;
  query: (sql: string, params?: unknown[]) => Promise<Row[]>;
  /** Runs `work` in a transaction that excludes every other migrator of the same database. */
  transaction: <T>(work: () => Promise<T>) => Promise<T>;
  close: () => Promise<void>;
};

async function applyPending(connection: MigrationConnection, migrations: MigrationFile[]): Promise<string[]> {
  await connection.transaction(() =>
    connection.exec(`CREATE TABLE IF NOT EXISTS ${migrationsTable} (name TEXT PRIMARY KEY, checksum TEXT NOT NULL, applied_at TEXT NOT NULL)`),
  );
  const recorded = await connection.query(`SELECT name, checksum FROM ${migrationsTable} ORDER BY name`);
  const byName = new Map(migrations.map((migration) => [migration.name, migration]));
  for (const row of recorded) checkRecorded(row, byName.get(String(row.name)));

  const recordedNames = new Set(recorded.map((row) => String(row.name)));
  const applied: string[] = [];
  for (const migration of migrations) {
    if (recordedNames.has(migration.name)) continue;
    await connection.transaction(async () => {
      // Another process may have applied it while we waited for the lock.
      const [row] = await connection.query(`SELECT name, checksum FROM ${migrationsTable} WHERE name = ?`, [migration.name]);
      if (row) return checkRecorded(row, migration);
      try {
        await connection.exec(migration.sql);
      } catch (error) {
        throw new Error(`migration ${migration.name} failed and was rolled back: ${(error as Error).message}`, { cause: error });
      }
      await connection.query(`INSERT INTO ${migrationsTable} (name, checksum, applied_at) VALUES (?, ?, ?)`, [
        migration.name,
        migration.checksum,
        new Date().toISOString(),
      ]);
      applied.push(migration.name);
    });
  }
  return applied;
}

function checkRecorded(row: Row, migration: MigrationFile | undefined): void {
  const name = String(row.name);
  if (migration === undefined) {
    throw new Error(
      `the database has migration ${name} applied, but this version has no such migration folder; ` +
        'it was migrated by a newer or different version of crm-maturity, so this one will not start against it',
    );
  }
  if (row.checksum !== migration.checksum) {
    throw new Error(
      `migration ${name} was edited after it was applied to this database (checksum ${String(row.checksum).slice(0, 12)}… recorded, ${migration.checksum.slice(0, 12)}… on disk); ` +
        'restore the applied file and put the change in a new migration',
    );
  }
}

function openSqlite(path: string): MigrationConnection {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const db = new Database(path, { timeout: 10_000 });
  // WAL is a property of the file: set once here, every later connection uses it.
  db.pragma('journal_mode = WAL');
  return {
    exec: async (sql) => void db.exec(sql),
    query: async (sql, params = []) => {
      const statement = db.prepare(sql);
      if (statement.reader) return statement.all(...params) as Row[];
      statement.run(...params);
      return [];
    },
    transaction: async (work) => {
      // Table rebuilds (Prisma's "RedefineTables") drop tables; with foreign
      // keys on, that cascades deletes into child tables. The pragma is a
      // no-op inside a transaction, so it is switched off around it and the
      // keys are checked before commit instead.
      db.pragma('foreign_keys = OFF');
      try {
        db.exec('BEGIN IMMEDIATE');
        try {
          const result = await work();
          const violations = db.pragma('foreign_key_check') as Row[];
          if (violations.length > 0) {
            const first = violations[0]!;
            throw new Error(`${violations.length} foreign key violation(s) after migrating, e.g. table ${String(first.table)} row ${String(first.rowid)} → ${String(first.parent)}`);
          }
          db.exec('COMMIT');
          return result;
        } catch (error) {
          if (db.inTransaction) db.exec('ROLLBACK');
          throw error;
        }
      } finally {
        db.pragma('foreign_keys = ON');
      }
    },
    close: async () => void db.close(),
  };
}

/** Any fixed number: it names the lock that serializes migrators on one PostgreSQL database. */
const advisoryLockKey = 720_531_001;

async function openPostgres(url: string): Promise<MigrationConnection> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const numbered = (sql: string): string => {
    let n = 0;
    return sql.replace(/\?/g, () => `$${++n}`);
  };
  return {
    // Without parameters, pg sends the simple query protocol, which runs a whole script.
    exec: async (sql) => void (await client.query(sql)),
    query: async (sql, params = []) => (await client.query(numbered(sql), params)).rows as Row[],
    transaction: async (work) => {
      await client.query('BEGIN');
      try {
        await client.query('SELECT pg_advisory_xact_lock($1)', [advisoryLockKey]);
        const result = await work();
        await client.query('COMMIT');
        return result;
      } catch (error) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw error;
      }
    },
    close: () => client.end(),
  };
}
