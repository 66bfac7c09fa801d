import { mkdirSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import { createDatabase, migrateDatabase } from './db';
import { tokenPolicyFromEnv } from './auth/token-policy';
import { corsOriginsFromEnv } from './plugins/cors-allowlist';
import { createLogger, type Logger } from './logger';
import { runtimeConfig, type RuntimeConfig } from './runtime-config';
import { seedDemo, type DemoSeed } from './services/seed-demo';
import { withStartupLock } from './startup-lock';
import { createApi } from './yoga';

export type ServerOptions = {
  port?: number;
  host?: string;
  /** Where the SQLite file and the demo tokens live (default ./.data). */
  dataDir?: string;
  /** A postgresql:// URL, or file: for SQLite; default the SQLite file in dataDir, or DATABASE_URL. */
  databaseUrl?: string;
  /** Seed the demo into an empty database, or finish a seed an earlier start began (default true). */
  demo?: boolean;
  benchmarkSize?: number;
  introspection?: boolean;
  /** Default: pino, configured from the environment (CRM_MATURITY_LOG_LEVEL, CRM_MATURITY_LOG_FORMAT). */
  logger?: Logger;
  /** Default: from the environment (see runtime-config.ts). */
  config?: RuntimeConfig;
  /** Origins browsers may call from; default CRM_MATURITY_CORS_ORIGINS (none when unset). */
  corsOrigins?: string[];
};

export type RunningServer = {
  url: string;
  databaseUrl: string;
  /** Where the demo tokens were written when this start finished the seed. */
  tokensFile: string;
  seed: DemoSeed;
  server: Server;
  logger: Logger;
  /**
   * Graceful stop: readiness turns 503, the listener stops accepting, idle
   * connections close, in-flight requests finish (connections still busy
   * after CRM_MATURITY_SHUTDOWN_TIMEOUT_MS are cut), then the database
   * closes. Safe to call twice.
   */
  close: () => Promise<void>;
};

/**
 * Migrates and seeds the demo (or finishes an interrupted seed) while
 * holding the startup lock, so servers starting together take turns; then
 * serves the API.
 */
export async function startServer(options: ServerOptions = {}): Promise<RunningServer> {
  const config = options.config ?? runtimeConfig();
  const logger = options.logger ?? createLogger(config);
  const dataDir = resolve(options.dataDir ?? '.data');
  const databaseUrl = options.databaseUrl ?? (process.env.DATABASE_URL || `file:${join(dataDir, 'crm-maturity.db')}`);
  if (databaseUrl.startsWith('file:')) mkdirSync(dataDir, { recursive: true });
  // Read before anything is written, so a bad CRM_MATURITY_TOKEN_TTL_DAYS or CRM_MATURITY_CORS_ORIGINS stops the start.
  const tokenPolicy = tokenPolicyFromEnv();
  const corsOrigins = options.corsOrigins ?? corsOriginsFromEnv();
  const tokensFile = join(dataDir, 'demo-tokens.txt');
  const database = createDatabase(databaseUrl, config);
  try {
    const readiness = { draining: false };
    const { yoga, minCohortSize } = createApi({
      db: database.prisma,
      tokenPolicy,
      corsOrigins,
      logger,
      config,
      readiness,
      ...(options.introspection === undefined ? {} : { introspection: options.introspection }),
    });
    const seed = await withStartupLock(
      databaseUrl,
      async (): Promise<DemoSeed> => {
        const migrated = await migrateDatabase(databaseUrl);
        if (migrated.applied.length) logger.info({ applied: migrated.applied }, 'database migrated');
        if (options.demo === false) return { created: false, tokens: [], ran: [] };
        const seeded = await seedDemo(database.prisma, {
          minCohortSize,
          tokenPolicy,
          tokensFile,
          benchmarkSize: options.benchmarkSize ?? config.CRM_MATURITY_DEMO_BENCHMARK_SIZE,
          onStepDone: (step) => logger.info({ step }, 'demo seed step done'),
        });
        if (seeded.ran.length) logger.info({ steps: seeded.ran }, 'demo seeded');
        return seeded;
      },
      () => logger.info('another server is migrating or seeding this database; waiting for it'),
    );
    const server = createServer(yoga);
    await new Promise<void>((ready, fail) => {
      server.once('error', fail);
      server.listen(options.port ?? 4000, options.host ?? '127.0.0.1', () => {
        server.off('error', fail);
        ready();
      });
    });
    const { port, address } = server.address() as AddressInfo;
    const url = `http://${address.includes(':') ? `[${address}]` : address}:${port}/graphql`;
    logger.info({ url, provider: database.provider }, 'listening');
    let closing: Promise<void> | null = null;
    const close = () =>
      (closing ??= (async () => {
        readiness.draining = true;
        logger.info({ drainMs: config.CRM_MATURITY_SHUTDOWN_TIMEOUT_MS }, 'shutting down: finishing in-flight requests');
        const closed = new Promise<void>((done) => server.close(() => done()));
        // Keep-alive connections go as soon as they are idle; busy ones get until the deadline.
        server.closeIdleConnections();
        const idle = setInterval(() => server.closeIdleConnections(), 50);
        const deadline = setTimeout(() => {
          logger.warn('shutdown: drain time is over; cutting the remaining connections');
          server.closeAllConnections();
        }, config.CRM_MATURITY_SHUTDOWN_TIMEOUT_MS);
        try {
          await closed;
        } finally {
          clearInterval(idle);
          clearTimeout(deadline);
        }
        await database.close();
        logger.info('stopped');
      })());
    return { url, databaseUrl, tokensFile, seed, server, logger, close };
  } catch (error) {
    await database.close().catch(() => undefined);
    throw error;
  }
}
