import { newApiToken, hashApiToken } from '../auth/api-token';
import type { Db } from '../db';
import { ApiError } from '../errors';

/** Creates a token for a user and returns it; only its hash is stored. */
export async function issueToken(db: Db, userId: string, label: string): Promise<string> {
  const user = await db.user.findUnique({ where: { id: userId } });
  if (!user) throw new ApiError('NOT_FOUND', `no user ${userId}`, [{ field: 'userId', value: userId, message: 'not found' }]);
  const token = newApiToken();
  await db.apiToken.create({ data: { userId, label, tokenHash: hashApiToken(token) } });
  return token;
}
