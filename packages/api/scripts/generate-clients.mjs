// Generates the Prisma clients for both providers (src/generated/sqlite and
// src/generated/postgresql) and the Pothos types (src/generated/pothos-types.ts).
// Runs after every install (postinstall) and by `pnpm --filter @crm-maturity/api db:generate`.
// Plain JavaScript so that it needs nothing but Node and the prisma package.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { delimiter, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const packageRoot = join(dirname(fileURLToPath(import.meta.url)), '..');
const prismaCli = join(dirname(createRequire(import.meta.url).resolve('prisma/package.json')), 'build', 'index.js');
// The Pothos generator is a bin of this package, found on the PATH like under `pnpm run`.
const path = [join(packageRoot, 'node_modules', '.bin'), process.env.PATH].filter(Boolean).join(delimiter);
const env = { ...process.env, PATH: path, PRISMA_SCHEMA_ENGINE_BINARY: process.env.PRISMA_SCHEMA_ENGINE_BINARY ?? '/bin/false', CHECKPOINT_DISABLE: '1', PRISMA_HIDE_UPDATE_MESSAGE: '1' };

for (const schema of ['prisma/schema.prisma', 'prisma/postgresql/schema.prisma']) {
  const started = Date.now();
  const run = spawnSync(process.execPath, [prismaCli, 'generate', '--schema', schema], { cwd: packageRoot, env, encoding: 'utf8' });
  if (run.status !== 0) {
    process.stderr.write(run.stdout + run.stderr);
    console.error(`prisma generate failed for packages/api/${schema} (exit ${run.status ?? run.signal})`);
    process.exit(1);
  }
  console.log(`generated the client for packages/api/${schema} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}
