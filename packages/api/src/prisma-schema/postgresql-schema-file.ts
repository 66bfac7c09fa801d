import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { postgresqlSchemaPath, sqliteSchemaPath } from '../package-paths';
import { postgresqlSchemaText } from './postgresql-schema';

/** The PostgreSQL schema that the committed SQLite schema implies. */
export function expectedPostgresqlSchema(): string {
  return postgresqlSchemaText(readFileSync(sqliteSchemaPath, 'utf8'));
}

/** Writes prisma/postgresql/schema.prisma from prisma/schema.prisma; returns whether it changed. */
export function writePostgresqlSchema(): boolean {
  const text = expectedPostgresqlSchema();
  let current: string | null = null;
  try {
    current = readFileSync(postgresqlSchemaPath, 'utf8');
  } catch {
    current = null;
  }
  if (current === text) return false;
  mkdirSync(dirname(postgresqlSchemaPath), { recursive: true });
  writeFileSync(postgresqlSchemaPath, text);
  return true;
}
