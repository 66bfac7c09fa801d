/**
 * The PostgreSQL copy of the Prisma schema, derived from the SQLite one: a
 * generated client is bound to one provider, so PostgreSQL needs its own
 * schema file and client. Only three things change: the datasource provider,
 * the client's output folder, and the Pothos generator, which only the SQLite
 * schema runs (one Pothos types file serves both clients).
 *
 * @throws {Error} when the SQLite schema lacks one of the blocks the copy rewrites
 * @example
 * postgresqlSchemaText('datasource db {\n  provider = "sqlite"\n}\n').includes('provider = "postgresql"') // => true
 */
export function postgresqlSchemaText(sqliteSchema: string): string {
  let text = sqliteSchema.replace(/\r\n/g, '\n');
  // The SQLite file's opening comment speaks about that file; the copy gets its own.
  text = text.replace(/^(?:\/\/.*\n)+\n*/, '');
  text = replaceOnce(text, /^(datasource\s+\w+\s*\{[^}]*?provider\s*=\s*)"sqlite"/m, '$1"postgresql"', 'datasource block with provider = "sqlite"');
  text = replaceOnce(
    text,
    /^(generator\s+client\s*\{[^}]*?output\s*=\s*)"\.\.\/src\/generated\/sqlite"/m,
    '$1"../../src/generated/postgresql"',
    '`generator client` block with output = "../src/generated/sqlite"',
  );
  text = replaceOnce(text, /^generator\s+pothos\s*\{[^}]*\}\n+/m, '', '`generator pothos` block');
  return `${header}\n${text}`;
}

const header = [
  '// GENERATED from ../schema.prisma by `pnpm --filter @crm-maturity/api db:schemas`; do not edit.',
  '// Same models as the SQLite schema; only the provider and the client output differ.',
  '// The Pothos types are generated from the SQLite schema alone and serve both clients.',
  '',
].join('\n');

function replaceOnce(text: string, pattern: RegExp, replacement: string, what: string): string {
  if (!pattern.test(text)) throw new Error(`the SQLite Prisma schema has no ${what}; cannot derive the PostgreSQL schema from it`);
  return text.replace(pattern, replacement);
}
