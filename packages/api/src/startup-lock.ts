import { setTimeout as sleep } from 'node:timers/promises';
import Database from 'better-sqlite3';
import pg from 'pg';
import { databaseProvider, sqliteFilePath } from './database-url';

/** Any fixed number, other than the migrator's: it names the lock that servers of one PostgreSQL database take while they start. */
const postgresStartupLockKey = 720_531_002;

/**
 * Runs `work` (migrate and seed) while no other server of the same
 * database does: on PostgreSQL a session advisory lock, on SQLite an
 * exclusive transaction on a small lock file beside the database
 * (`<file>.startup-lock`; the database itself cannot be locked, the seed
 * writes to it). Either lock belongs to a connection, so a process that is
 * killed releases it with its connections; the next start finds a partial
 * seed and finishes it. A waiting server waits asynchronously, for as long
 * as the other one takes.
 *
 * @example
 * await withStartupLock('file:.data/crm-maturity.db', async () => migrateDatabase('file:.data/crm-maturity.db'));
 */
export async function withStartupLock<T>(databaseUrl: string, work: () => Promise<T>, onWait?: () => void): Promise<T> {
  if (databaseProvider(databaseUrl) === 'postgresql') {
    const client = new pg.Client({ connectionString: databaseUrl });
    await client.connect();
    try {
      const { rows } = await client.query<{ locked: boolean }>('SELECT pg_try_advisory_lock($1) AS locked', [postgresStartupLockKey]);
      if (!rows[0]?.locked) {
        onWait?.();
        await client.query('SELECT pg_advisory_lock($1)', [postgresStartupLockKey]);
      }
      return await work();
    } finally {
      // Ending the session releases the lock.
      await client.end().catch(() => undefined);
    }
  }
  const path = sqliteFilePath(databaseUrl);
  if (path === ':memory:') return work();
  const lock = new Database(`${path}.startup-lock`, { timeout: 0 });
  try {
    for (let waited = false; ; ) {
      try {
        lock.exec('BEGIN EXCLUSIVE');
        break;
      } catch (error) {
        if (!String((error as { code?: unknown }).code).startsWith('SQLITE_BUSY')) throw error;
        if (!waited) onWait?.();
        waited = true;
        await sleep(100);
      }
    }
    return await work();
  } finally {
    lock.close();
  }
}
