import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PrismaBetterSqlite3 } from '@prisma/adapter-better-sqlite3';
import type { SqlDriverAdapter, SqlQuery } from '@prisma/driver-adapter-utils';
import { afterAll, describe, expect, it } from 'vitest';
import { reusePreparedStatements } from './sqlite-adapter';

const folder = mkdtempSync(join(tmpdir(), 'crm-sqlite-adapter-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

const query = (sql: string, ...args: unknown[]): SqlQuery => ({ sql, args, argTypes: args.map((arg) => ({ scalarType: typeof arg === 'number' ? 'int' : 'string', arity: 'scalar' })) as never });

/** Prisma's adapter on a fresh file, with (or without) the statement reuse, and a count of the statements actually prepared. */
async function adapter(name: string, reuse: boolean, size?: number): Promise<{ db: SqlDriverAdapter; prepared: () => number }> {
  const db = await new PrismaBetterSqlite3({ url: join(folder, `${name}.db`) }).connect();
  const client = (db as unknown as { client: { prepare: (sql: string) => unknown } }).client;
  let count = 0;
  const prepare = client.prepare.bind(client);
  client.prepare = (sql: string) => (count++, prepare(sql));
  if (reuse) expect(reusePreparedStatements(db, size)).toBe(true);
  await db.executeScript('CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE)');
  return { db, prepared: () => count };
}

describe('reusePreparedStatements', () => {
  it("finds the connection of Prisma's better-sqlite3 adapter (an adapter upgrade that moves it fails here)", async () => {
    const db = await new PrismaBetterSqlite3({ url: join(folder, 'shape.db') }).connect();
    expect(reusePreparedStatements(db)).toBe(true);
    expect(reusePreparedStatements({})).toBe(false);
    await db.dispose();
  });

  it('prepares a statement once, and each use binds its own arguments', async () => {
    const { db, prepared } = await adapter('reuse', true);
    for (const [id, name] of [[1, 'a'], [2, 'b'], [3, 'c']] as const) await db.executeRaw(query('INSERT INTO t (id, name) VALUES (?, ?)', id, name));
    const names = [];
    for (const id of [3, 1, 2, 1]) names.push((await db.queryRaw(query('SELECT name FROM t WHERE id = ?', id))).rows);
    expect(names).toEqual([[['c']], [['a']], [['b']], [['a']]]);
    expect(prepared()).toBe(2);
    await db.dispose();
  });

  it('answers exactly as the adapter without it, through a failed statement and evictions', async () => {
    const script = async (db: SqlDriverAdapter) => {
      const seen: unknown[] = [];
      for (let i = 0; i < 12; i++) {
        const name = `n${i % 4}`;
        // Every fourth insert repeats a name: a constraint error, after which the statement must still work.
        seen.push(await db.executeRaw(query('INSERT INTO t (name) VALUES (?)', name)).catch((error: Error) => error.message));
        seen.push((await db.queryRaw(query('SELECT count(*) AS n FROM t WHERE name = ?', name))).rows);
        seen.push((await db.queryRaw(query(`SELECT id, name FROM t WHERE id > ? ORDER BY id LIMIT ${1 + (i % 3)}`, i))).rows);
      }
      return seen;
    };
    const plain = await adapter('plain', false);
    const reused = await adapter('evicting', true, 3);
    expect(await script(reused.db)).toEqual(await script(plain.db));
    expect(reused.prepared()).toBeLessThan(plain.prepared());
    await plain.db.dispose();
    await reused.db.dispose();
  });
});
