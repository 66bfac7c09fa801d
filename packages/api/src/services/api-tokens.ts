import { CrmMaturityError, displayTextSchema } from '@crm-maturity/core';
import { hashApiToken, newApiToken } from '../auth/api-token';
import type { Viewer } from '../auth/roles';
import { expiryOf, type TokenPolicy } from '../auth/token-policy';
import type { Db } from '../db';
import { notFound } from '../errors';

/** A token label: a display text (see core's display-text.ts). */
export const tokenLabelSchema = displayTextSchema({ max: 100 });

/** What is shown of a token: never the secret, never its hash. */
export const tokenFields = { id: true, userId: true, label: true, createdAt: true, lastUsedAt: true, expiresAt: true, revokedAt: true } as const;

/** Inactive (revoked or expired) tokens listed at most, newest first; live ones are bounded by the cap. */
const listedInactive = 100;

export type IssueTokenInput = { userId: string; label: string; expiresInDays?: number | null; now?: Date };

/**
 * Creates a token for a user and returns it once; only its hash is stored.
 * Refused with TOKEN_LIMIT_REACHED when the user already holds the
 * policy's number of live tokens, and BAD_USER_INPUT for a lifetime above
 * the policy's maximum. The count and the insert share a transaction.
 */
export async function issueToken(db: Db, policy: TokenPolicy, input: IssueTokenInput): Promise<{ token: string; id: string; expiresAt: Date; label: string }> {
  const label = tokenLabelSchema.safeParse(input.label);
  if (!label.success) throw new CrmMaturityError('BAD_USER_INPUT', `label: ${label.error.issues[0]!.message}`, [{ field: 'label', value: input.label, message: label.error.issues[0]!.message }]);
  const days = input.expiresInDays;
  if (days != null && (!Number.isInteger(days) || days < 1 || days > policy.maxLifetimeDays)) {
    throw new CrmMaturityError('BAD_USER_INPUT', `expiresInDays: ${days} is not allowed; give 1 to ${policy.maxLifetimeDays} days`, [{ field: 'expiresInDays', value: days, message: `1 to ${policy.maxLifetimeDays}` }]);
  }
  const now = input.now ?? new Date();
  const token = newApiToken();
  const created = await db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id: input.userId }, select: { id: true } });
    if (!user) throw new CrmMaturityError('NOT_FOUND', `no user ${input.userId}`, [{ field: 'userId', value: input.userId, message: 'not found' }]);
    const live = await tx.apiToken.count({ where: liveTokenWhere(input.userId, now) });
    if (live >= policy.maxLiveTokensPerUser) {
      throw new CrmMaturityError(
        'TOKEN_LIMIT_REACHED',
        `a user may hold at most ${policy.maxLiveTokensPerUser} live API tokens; revoke one (revokeApiToken) before creating another`,
        [{ field: 'userId', value: input.userId, message: `${live} live tokens; the cap is ${policy.maxLiveTokensPerUser}` }],
      );
    }
    return tx.apiToken.create({
      data: { userId: input.userId, label: label.data, tokenHash: hashApiToken(token), createdAt: now, expiresAt: expiryOf(policy, now, days) },
      select: tokenFields,
    });
  });
  return { token, id: created.id, expiresAt: created.expiresAt, label: created.label };
}

/** Tokens that work at `now`. */
export function liveTokenWhere(userId: string, now: Date) {
  return { userId, revokedAt: null, expiresAt: { gt: now } };
}

/** A user's tokens, newest first: every live one, then up to 100 revoked or expired if asked for. */
export async function listTokens(db: Db, userId: string, options: { includeInactive?: boolean; now?: Date } = {}) {
  const now = options.now ?? new Date();
  const order = [{ createdAt: 'desc' as const }, { id: 'desc' as const }];
  const live = await db.apiToken.findMany({ where: liveTokenWhere(userId, now), orderBy: order, select: tokenFields });
  if (!options.includeInactive) return live;
  const inactive = await db.apiToken.findMany({
    where: { userId, OR: [{ revokedAt: { not: null } }, { expiresAt: { lte: now } }] },
    orderBy: order,
    take: listedInactive,
    select: tokenFields,
  });
  return [...live, ...inactive];
}

/** Throws NOT_FOUND for a user that does not exist (admins list any user's tokens). */
export async function assertUserExists(db: Db, userId: string): Promise<void> {
  if (!(await db.user.findUnique({ where: { id: userId }, select: { id: true } }))) throw notFound('user', userId);
}

/**
 * Revokes a token: the caller's own, or any for an admin. Another user's
 * token answers NOT_FOUND exactly like a missing id. Revoking a revoked
 * token changes nothing (its first revocation time stays).
 */
export async function revokeToken(db: Db, viewer: Viewer, tokenId: string, now: Date = new Date()) {
  const scope = viewer.role === 'ADMIN' ? {} : { userId: viewer.userId };
  const found = await db.apiToken.findFirst({ where: { id: tokenId, ...scope }, select: tokenFields });
  if (!found) throw notFound('API token', tokenId);
  if (found.revokedAt) return found;
  // Conditional on still being unrevoked, so two concurrent revocations keep the first time.
  await db.apiToken.updateMany({ where: { id: found.id, revokedAt: null }, data: { revokedAt: now } });
  return db.apiToken.findUniqueOrThrow({ where: { id: found.id }, select: tokenFields });
}
