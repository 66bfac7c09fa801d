// Writes prisma/postgresql/schema.prisma from prisma/schema.prisma
// (`pnpm --filter @crm-maturity/api db:schemas`); a test fails when the committed copy is stale.
import { postgresqlSchemaPath } from '../src/package-paths';
import { writePostgresqlSchema } from '../src/prisma-schema/postgresql-schema-file';

const changed = writePostgresqlSchema();
console.log(changed ? `wrote ${postgresqlSchemaPath}` : `${postgresqlSchemaPath} is up to date`);
