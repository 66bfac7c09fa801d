import type { Db } from '../db';
import { hashApiToken, looksLikeApiToken } from './api-token';
import { roleSchema, type Viewer } from './roles';
import { tokenRefused } from './token-refusal';

/**
 * The caller behind a request's `Authorization: Bearer <token>` header:
 * null without a header (anonymous: questionnaires only), an
 * UNAUTHENTICATED error (one message for every reason) for a token that is
 * malformed, unknown, revoked or expired.
 *
 * One indexed lookup by hash on every request, with revocation and expiry
 * in the same query and no cache: a token revoked through any server
 * process stops working on all of them at the next request.
 */
export async function resolveViewer(db: Db, authorization: string | null, now: Date = new Date()): Promise<Viewer | null> {
  if (!authorization) return null;
  const match = /^Bearer\s+(\S+)$/i.exec(authorization.trim());
  const token = match?.[1];
  if (!token || !looksLikeApiToken(token)) throw tokenRefused();
  const found = await db.apiToken.findFirst({
    where: { tokenHash: hashApiToken(token), revokedAt: null, expiresAt: { gt: now } },
    include: { user: true },
  });
  if (!found) throw tokenRefused();
  // Recorded at most once a minute, so reads do not turn into writes.
  if (!found.lastUsedAt || now.getTime() - found.lastUsedAt.getTime() > 60_000) {
    await db.apiToken.update({ where: { id: found.id }, data: { lastUsedAt: now } });
  }
  return { userId: found.user.id, role: roleSchema.parse(found.user.role), name: found.user.name, organizationId: found.user.organizationId };
}
