import { z } from 'zod';

/**
 * The operator's knobs, read from environment variables in one place and
 * checked with zod, so a typo is a clear error at start rather than a
 * silent default. Every variable is optional; the defaults hold 128
 * concurrent clients on this kind of machine (see the API README,
 * "Operations").
 */
export const runtimeConfigSchema = z.object({
  /** PostgreSQL: connections in the pool of each API process. */
  CRM_MATURITY_DB_POOL_SIZE: z.coerce.number().int().min(1).max(1000).default(24),
  /** PostgreSQL: how long opening a connection may take before the request fails as DATABASE_UNAVAILABLE. */
  CRM_MATURITY_DB_CONNECT_TIMEOUT_MS: z.coerce.number().int().min(100).default(5_000),
  /** How long a write waits for a connection (PostgreSQL) or for its turn (SQLite) before it fails as DATABASE_BUSY. */
  CRM_MATURITY_TX_MAX_WAIT_MS: z.coerce.number().int().min(100).default(20_000),
  /** How long one write transaction may run before it is rolled back. */
  CRM_MATURITY_TX_TIMEOUT_MS: z.coerce.number().int().min(100).default(30_000),
  /** SQLite: how long a write waits for another process's lock on the file (asynchronously) before DATABASE_BUSY. */
  CRM_MATURITY_SQLITE_BUSY_TIMEOUT_MS: z.coerce.number().int().min(0).default(10_000),
  /** SQLite: FULL (default; a committed write survives power loss) or NORMAL (survives a crash of the process, may lose the last commits on power loss). */
  CRM_MATURITY_SQLITE_SYNCHRONOUS: z
    .string()
    .transform((s) => s.toUpperCase())
    .pipe(z.enum(['FULL', 'NORMAL']))
    .default('FULL'),
  /** How long the readiness probe's database query may take. */
  CRM_MATURITY_READY_TIMEOUT_MS: z.coerce.number().int().min(50).default(2_000),
  /** On SIGTERM/SIGINT: how long in-flight requests may take to finish before their connections are cut. */
  CRM_MATURITY_SHUTDOWN_TIMEOUT_MS: z.coerce.number().int().min(0).default(10_000),
  /** Seconds a client is told to wait (Retry-After) after a retryable database error. */
  CRM_MATURITY_RETRY_AFTER_S: z.coerce.number().int().min(1).max(3600).default(1),
  /** The demo seed's synthetic benchmark size (organizations). */
  CRM_MATURITY_DEMO_BENCHMARK_SIZE: z.coerce.number().int().min(10).max(1_000_000).default(3000),
  /** pino level: fatal, error, warn, info, debug, trace or silent. */
  CRM_MATURITY_LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** json (one object a line) or pretty (for people); default pretty when stdout is a terminal, json otherwise. */
  CRM_MATURITY_LOG_FORMAT: z.enum(['json', 'pretty']).optional(),
});

export type RuntimeConfig = z.infer<typeof runtimeConfigSchema>;

/**
 * The configuration from an environment (default `process.env`).
 *
 * @throws {Error} naming each variable whose value is invalid
 * @example
 * runtimeConfig({ CRM_MATURITY_DB_POOL_SIZE: '50' }).CRM_MATURITY_DB_POOL_SIZE // => 50
 */
export function runtimeConfig(env: Record<string, string | undefined> = process.env): RuntimeConfig {
  const known = Object.fromEntries(Object.keys(runtimeConfigSchema.shape).map((key) => [key, env[key] === '' ? undefined : env[key]]));
  const parsed = runtimeConfigSchema.safeParse(known);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.')}=${JSON.stringify(known[String(issue.path[0])])}: ${issue.message}`);
    throw new Error(`invalid environment: ${problems.join('; ')}`);
  }
  return parsed.data;
}
