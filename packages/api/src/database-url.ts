import { resolve } from 'node:path';

export type DatabaseProvider = 'sqlite' | 'postgresql';

/**
 * Which database a URL names: `file:<path>` or a plain path is SQLite,
 * `postgresql://` or `postgres://` is PostgreSQL.
 *
 * @throws {Error} for any other scheme; the message names the scheme, never the URL (it may hold a password)
 * @example
 * databaseProvider('file:./.data/crm-maturity.db') // => 'sqlite'
 * databaseProvider('postgres://app@db/crm') // => 'postgresql'
 */
export function databaseProvider(url: string): DatabaseProvider {
  if (/^postgres(ql)?:\/\//i.test(url)) return 'postgresql';
  if (/^file:/i.test(url)) return 'sqlite';
  const scheme = /^([a-z][a-z0-9+.-]+):/i.exec(url)?.[1];
  // A one-letter "scheme" is a Windows drive (C:\...), i.e. a plain path.
  if (scheme === undefined) return 'sqlite';
  throw new Error(`unsupported database URL scheme "${scheme}:"; use file:<path> (SQLite) or postgresql://user@host/database`);
}

/**
 * The absolute file path of a SQLite URL (`file:` and any `?query` removed;
 * relative paths resolve from the working directory, as better-sqlite3 does).
 *
 * @throws {Error} when the URL names no file
 * @example
 * sqliteFilePath('file:/var/lib/crm/app.db?connection_limit=1') // => '/var/lib/crm/app.db'
 */
export function sqliteFilePath(url: string): string {
  const path = url.replace(/^file:(\/\/(?=\/))?/i, '').replace(/\?.*$/, '');
  if (path === '') throw new Error('the SQLite database URL names no file; use file:<path>');
  return path === ':memory:' ? path : resolve(path);
}
