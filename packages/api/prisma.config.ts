// Configuration for the Prisma CLI, which this package uses only to generate
// the two clients (`prisma generate`, see scripts/generate-clients.mjs).
// Migrations are created and applied by our own code on the WebAssembly
// schema engine and the drivers (src/migrations), never by `prisma migrate`.
import { defineConfig } from 'prisma/config';

// The CLI wants to download a native schema-engine binary even for
// `generate`; naming any path stops it. Nothing here runs that engine.
process.env.PRISMA_SCHEMA_ENGINE_BINARY ??= '/bin/false';
// No update check or telemetry: the machine may be offline.
process.env.CHECKPOINT_DISABLE ??= '1';

export default defineConfig({
  schema: 'prisma/schema.prisma',
  migrations: { path: 'prisma/migrations/sqlite' },
});
