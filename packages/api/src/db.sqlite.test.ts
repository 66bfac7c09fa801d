import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createDatabase } from './db';
import { migrateDatabase } from './migrations/migrate-database';
import { describeDatabaseContract } from './testing/database-contract';

const dir = mkdtempSync(join(tmpdir(), 'crm-maturity-sqlite-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let count = 0;

describeDatabaseContract({
  provider: 'sqlite',
  freshDatabase: async () => `file:${join(dir, `db-${++count}.db`)}`,
  engineTarget: () => ({ provider: 'sqlite' }),
});

describe('a SQLite database', () => {
  it('is created with its folder, in WAL mode with foreign keys on, and released on close', async () => {
    const file = join(dir, 'nested', 'folder', 'app.db');
    await migrateDatabase(`file:${file}`);
    const database = createDatabase(`file:${file}`);
    expect(database.provider).toBe('sqlite');
    const pragma = async (name: string) => Object.values(((await database.prisma.$queryRawUnsafe(`PRAGMA ${name}`)) as Record<string, unknown>[])[0]!)[0];
    expect(await pragma('journal_mode')).toBe('wal');
    expect(await pragma('foreign_keys')).toBe(1n);
    // SQLite itself waits only briefly for a lock (the rest of the wait is asynchronous, see sqlite-adapter.ts); FULL is the default durability.
    expect(await pragma('busy_timeout')).toBe(5n);
    expect(await pragma('synchronous')).toBe(2n);
    await database.prisma.organization.count();
    expect(existsSync(`${file}-wal`)).toBe(true);
    await database.close();
    // SQLite removes the WAL file when the last connection closes.
    expect(existsSync(`${file}-wal`)).toBe(false);
  });

  it('accepts a plain path as well as a file: URL', async () => {
    const file = join(dir, 'plain.db');
    expect((await migrateDatabase(file)).applied.length).toBeGreaterThan(0);
    expect((await migrateDatabase(`file:${file}`)).applied).toEqual([]);
  });
});
