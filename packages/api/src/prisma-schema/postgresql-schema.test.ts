import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { postgresqlSchemaPath } from '../package-paths';
import { postgresqlSchemaText } from './postgresql-schema';
import { expectedPostgresqlSchema } from './postgresql-schema-file';

describe('the PostgreSQL schema copy', () => {
  it('is up to date with prisma/schema.prisma (if not: pnpm --filter @crm-maturity/api db:schemas, then db:generate)', () => {
    expect(readFileSync(postgresqlSchemaPath, 'utf8')).toBe(expectedPostgresqlSchema());
  });

  it('changes the provider and the client output and drops the Pothos generator, nothing else', () => {
    const sqlite = [
      '// The one schema to edit.',
      '',
      'generator client {',
      '  provider = "prisma-client"',
      '  output   = "../src/generated/sqlite"',
      '}',
      '',
      'generator pothos {',
      '  provider = "prisma-pothos-types"',
      '}',
      '',
      'datasource db {',
      '  provider = "sqlite"',
      '}',
      '',
      'model A {',
      '  id String @id',
      '}',
      '',
    ].join('\n');
    const copy = postgresqlSchemaText(sqlite);
    expect(copy).toContain('provider = "postgresql"');
    expect(copy).toContain('output   = "../../src/generated/postgresql"');
    expect(copy).not.toContain('prisma-pothos-types');
    expect(copy).not.toContain('The one schema to edit');
    expect(copy.endsWith('model A {\n  id String @id\n}\n')).toBe(true);
  });

  it('refuses a schema it cannot rewrite, naming what is missing', () => {
    expect(() => postgresqlSchemaText('datasource db {\n  provider = "postgresql"\n}\n')).toThrow(
      'the SQLite Prisma schema has no datasource block with provider = "sqlite"',
    );
  });
});
