import { z } from 'zod';

/** How long tokens live and how many a user may hold; read once at start-up. */
export type TokenPolicy = {
  /** The lifetime of a token created without `expiresInDays`. */
  defaultLifetimeDays: number;
  /** The longest lifetime a token may be given, at creation or by configuration. */
  maxLifetimeDays: number;
  /** Live (unrevoked, unexpired) tokens per user; creating one more is refused. */
  maxLiveTokensPerUser: number;
};

/** The documented defaults (packages/api/README.md, "API tokens"). */
export const defaultTokenPolicy: TokenPolicy = { defaultLifetimeDays: 90, maxLifetimeDays: 365, maxLiveTokensPerUser: 20 };

const dayMs = 86_400_000;

const lifetimeSchema = z.coerce
  .number()
  .int('a whole number of days')
  .min(1, 'at least 1 day')
  .max(defaultTokenPolicy.maxLifetimeDays, `at most ${defaultTokenPolicy.maxLifetimeDays} days`);

/**
 * The policy with `CRM_MATURITY_TOKEN_TTL_DAYS` (the default lifetime, 1 to
 * 365 days) applied. A bad value stops the server at start-up rather than
 * silently falling back to the default.
 *
 * @throws Error naming the variable and the value
 * @example
 * tokenPolicyFromEnv({ CRM_MATURITY_TOKEN_TTL_DAYS: '30' }).defaultLifetimeDays; // => 30
 */
export function tokenPolicyFromEnv(env: Record<string, string | undefined> = process.env): TokenPolicy {
  const raw = env.CRM_MATURITY_TOKEN_TTL_DAYS;
  if (raw === undefined || raw.trim() === '') return defaultTokenPolicy;
  const parsed = lifetimeSchema.safeParse(raw.trim());
  if (!parsed.success) throw new Error(`CRM_MATURITY_TOKEN_TTL_DAYS: "${raw}" is not a token lifetime; give ${parsed.error.issues[0]!.message} (1 to ${defaultTokenPolicy.maxLifetimeDays})`);
  return { ...defaultTokenPolicy, defaultLifetimeDays: parsed.data };
}

/** When a token created at `now` expires: `days` if given (checked against the policy by the caller), else the default. */
export function expiryOf(policy: TokenPolicy, now: Date, days?: number | null): Date {
  return new Date(now.getTime() + (days ?? policy.defaultLifetimeDays) * dayMs);
}
