export { createDatabase, type Database, type Db, type DbTransaction } from './db';
export { databaseProvider, sqliteFilePath, type DatabaseProvider } from './database-url';
export { migrateDatabase, migrationsTable, type MigrateOptions, type MigrateResult } from './migrations/migrate-database';
export { createMigration, type CreatedMigration, type CreateMigrationOptions } from './migrations/create-migration';
export { diffMigrationsToSchema, migrationLockText, type MigrationDiff } from './migrations/diff-migrations';
export { readMigrations, migrationChecksum, type MigrationFile } from './migrations/migration-files';
export { postgresqlSchemaText } from './prisma-schema/postgresql-schema';
export { startPostgresServer, findPostgresBinaries, type PostgresServer, type PostgresServerOptions } from './testing/postgres-server';
