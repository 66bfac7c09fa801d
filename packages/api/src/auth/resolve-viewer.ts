import { z } from 'zod';
import type { Db } from '../db';
import { hashApiToken, looksLikeApiToken } from './api-token';
import { roleSchema, type Viewer } from './roles';
import { tokenRefused } from './token-refusal';

/** A DateTime as a raw query returns it: a Date from PostgreSQL, the stored ISO-8601 text from SQLite. */
const storedDate = z.union([z.date(), z.string().transform((text, context) => {
  const date = new Date(text);
  if (Number.isNaN(date.getTime())) context.addIssue({ code: 'custom', message: `not a stored date-time: ${text}` });
  return date;
})]);

/** The one row the token check reads: the live token and its user. */
const liveTokenRowSchema = z.object({
  tokenId: z.string(),
  lastUsedAt: storedDate.nullable(),
  userId: z.string(),
  role: roleSchema,
  name: z.string(),
  organizationId: z.string().nullable(),
});

/**
 * The caller behind a request's `Authorization: Bearer <token>` header:
 * null without a header (anonymous: questionnaires only), an
 * UNAUTHENTICATED error (one message for every reason) for a token that is
 * malformed, unknown, revoked or expired.
 *
 * One statement on every request: the token by its hash (the unique
 * index) joined to its user, with revocation and expiry in the WHERE, and
 * no cache: a token revoked through any server process stops working on
 * all of them at the next request.
 */
export async function resolveViewer(db: Db, authorization: string | null, now: Date = new Date()): Promise<Viewer | null> {
  if (!authorization) return null;
  const match = /^Bearer\s+(\S+)$/i.exec(authorization.trim());
  const token = match?.[1];
  if (!token || !looksLikeApiToken(token)) throw tokenRefused();
  // The expiry comparison is the one Prisma makes for `expiresAt: { gt: now }`: timestamps on PostgreSQL, the stored ISO-8601 text on SQLite.
  const rows = await db.$queryRaw<unknown[]>`
    SELECT t."id" AS "tokenId", t."lastUsedAt" AS "lastUsedAt", u."id" AS "userId", u."role" AS "role", u."name" AS "name", u."organizationId" AS "organizationId"
    FROM "ApiToken" t JOIN "User" u ON u."id" = t."userId"
    WHERE t."tokenHash" = ${hashApiToken(token)} AND t."revokedAt" IS NULL AND t."expiresAt" > ${now}`;
  if (rows.length === 0) throw tokenRefused();
  const found = liveTokenRowSchema.parse(rows[0]);
  // Recorded at most once a minute, so reads do not turn into writes.
  if (!found.lastUsedAt || now.getTime() - found.lastUsedAt.getTime() > 60_000) {
    await db.apiToken.update({ where: { id: found.tokenId }, data: { lastUsedAt: now } });
  }
  return { userId: found.userId, role: found.role, name: found.name, organizationId: found.organizationId };
}
