import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** One migration folder: `<timestamp>_<name>/migration.sql`. */
export type MigrationFile = {
  /** The folder name, e.g. `20251123200000_init`; migrations apply in the order of these names. */
  name: string;
  sql: string;
  /** SHA-256 of the SQL with line endings normalized, so a CRLF checkout does not count as an edit. */
  checksum: string;
};

/** The shape of a migration folder's name: a 14-digit UTC timestamp, an underscore, a name. */
export const migrationNamePattern = /^\d{14}_[a-z0-9_]+$/;

/**
 * The migrations in a folder, oldest first. Folders that do not look like
 * migrations (no timestamp) are ignored; a migration folder without
 * migration.sql is an error, because skipping it would silently change history.
 *
 * @throws {Error} naming the folder that lacks migration.sql
 */
export function readMigrations(directory: string): MigrationFile[] {
  if (!existsSync(directory)) return [];
  return readdirSync(directory, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && migrationNamePattern.test(entry.name))
    .map((entry) => entry.name)
    .sort()
    .map((name) => {
      const file = join(directory, name, 'migration.sql');
      if (!existsSync(file)) throw new Error(`migration ${name} has no migration.sql (in ${directory})`);
      const sql = readFileSync(file, 'utf8');
      return { name, sql, checksum: migrationChecksum(sql) };
    });
}

/**
 * SHA-256 (hex) of a migration's SQL, line endings normalized to \n.
 *
 * @example
 * migrationChecksum('SELECT 1;\r\n') === migrationChecksum('SELECT 1;\n') // => true
 */
export function migrationChecksum(sql: string): string {
  return createHash('sha256').update(sql.replace(/\r\n/g, '\n')).digest('hex');
}
