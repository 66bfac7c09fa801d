import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The packages/api folder, found from this file so that any working directory works. */
export const apiPackageRoot = join(dirname(fileURLToPath(import.meta.url)), '..');

/** The one schema to edit (SQLite). */
export const sqliteSchemaPath = join(apiPackageRoot, 'prisma', 'schema.prisma');

/** The PostgreSQL copy, written from the SQLite schema by `db:schemas`. */
export const postgresqlSchemaPath = join(apiPackageRoot, 'prisma', 'postgresql', 'schema.prisma');

/** One folder of migration folders per provider: prisma/migrations/<provider>/<timestamp>_<name>/migration.sql. */
export function migrationsDirectory(provider: 'sqlite' | 'postgresql'): string {
  return join(apiPackageRoot, 'prisma', 'migrations', provider);
}
