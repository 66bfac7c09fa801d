import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { databaseProvider, sqliteFilePath } from './database-url';

describe('databaseProvider', () => {
  it.each([
    ['file:./.data/crm-maturity.db', 'sqlite'],
    ['./.data/crm-maturity.db', 'sqlite'],
    ['/var/lib/crm/app.db', 'sqlite'],
    ['postgresql://app@db:5432/crm', 'postgresql'],
    ['postgres://app@db/crm', 'postgresql'],
  ] as const)('%s is %s', (url, provider) => {
    expect(databaseProvider(url)).toBe(provider);
  });

  it('names an unsupported scheme without echoing the URL, which may hold a password', () => {
    expect(() => databaseProvider('mysql://root:secret@db/crm')).toThrow('unsupported database URL scheme "mysql:"');
    expect(() => databaseProvider('mysql://root:secret@db/crm')).not.toThrow(/secret/);
  });
});

describe('sqliteFilePath', () => {
  it('drops file: and any query, and resolves from the working directory', () => {
    expect(sqliteFilePath('file:/var/lib/crm/app.db?connection_limit=1')).toBe('/var/lib/crm/app.db');
    expect(sqliteFilePath('file:./data/app.db')).toBe(resolve('data/app.db'));
    expect(sqliteFilePath('data/app.db')).toBe(resolve('data/app.db'));
  });

  it('refuses a URL without a file', () => {
    expect(() => sqliteFilePath('file:')).toThrow('the SQLite database URL names no file');
  });
});
