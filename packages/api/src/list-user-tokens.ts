import { CrmMaturityError } from '@crm-maturity/core';
import { withLocalDatabase, type LocalDatabaseOptions } from './local-database';
import { listTokens } from './services/api-tokens';

/** For the CLI's `token list --user EMAIL`: the user's tokens (never the secret or its hash), newest first. */
export async function listUserTokens(input: { email: string; includeInactive?: boolean } & LocalDatabaseOptions) {
  return withLocalDatabase(input, async (db) => {
    const user = await db.user.findUnique({ where: { email: input.email }, select: { id: true } });
    if (!user) throw new CrmMaturityError('NOT_FOUND', `no user with email ${input.email}`, [{ field: 'email', value: input.email, message: 'not found' }]);
    return listTokens(db, user.id, { includeInactive: input.includeInactive ?? false });
  });
}
