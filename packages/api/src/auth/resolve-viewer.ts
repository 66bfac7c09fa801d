import type { Db } from '../db';
import { ApiError } from '../errors';
import { hashApiToken, looksLikeApiToken } from './api-token';
import { roleSchema, type Viewer } from './roles';

/**
 * The caller behind a request's `Authorization: Bearer <token>` header:
 * null without a header (anonymous: questionnaires only), an
 * UNAUTHENTICATED error for a token that is malformed, unknown or revoked.
 */
export async function resolveViewer(db: Db, authorization: string | null): Promise<Viewer | null> {
  if (!authorization) return null;
  const match = /^Bearer\s+(\S+)$/i.exec(authorization.trim());
  const token = match?.[1];
  const refuse = (why: string) => new ApiError('UNAUTHENTICATED', `the API token ${why}`);
  if (!token || !looksLikeApiToken(token)) throw withStatus(refuse('is malformed: expected "Authorization: Bearer crmm_..."'));
  const found = await db.apiToken.findUnique({ where: { tokenHash: hashApiToken(token) }, include: { user: true } });
  if (!found || found.revokedAt) throw withStatus(refuse(found ? 'was revoked' : 'is not known'));
  // Recorded at most once a minute, so reads do not turn into writes.
  if (!found.lastUsedAt || Date.now() - found.lastUsedAt.getTime() > 60_000) {
    await db.apiToken.update({ where: { id: found.id }, data: { lastUsedAt: new Date() } });
  }
  return { userId: found.user.id, role: roleSchema.parse(found.user.role), name: found.user.name, organizationId: found.user.organizationId };
}

function withStatus(error: ApiError): ApiError {
  (error.extensions as Record<string, unknown>).http = { status: 401 };
  return error;
}
