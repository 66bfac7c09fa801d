// `pnpm --filter @crm-maturity/api db:migration:create <name>`: writes the next
// migration folder for SQLite and PostgreSQL from the current schema, offline.
import { createMigration } from '../src/migrations/create-migration';
import { writePostgresqlSchema } from '../src/prisma-schema/postgresql-schema-file';

const name = process.argv.slice(2).join(' ');
if (name.trim() === '') {
  console.error('usage: pnpm --filter @crm-maturity/api db:migration:create <name>   (e.g. add_notes)');
  process.exit(2);
}
// The PostgreSQL schema copy follows the SQLite schema it is migrated to.
if (writePostgresqlSchema()) console.log('updated prisma/postgresql/schema.prisma; run `pnpm --filter @crm-maturity/api db:generate`');
const created = await createMigration(name);
if (created.name === null) console.log('the migrations already match prisma/schema.prisma; nothing written');
else for (const folder of created.written) console.log(`wrote ${folder}/migration.sql`);
