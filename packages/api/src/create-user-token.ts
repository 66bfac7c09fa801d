import { CrmMaturityError } from '@crm-maturity/core';
import type { Role } from './auth/roles';
import { tokenPolicyFromEnv } from './auth/token-policy';
import { withLocalDatabase, type LocalDatabaseOptions } from './local-database';
import { issueToken } from './services/api-tokens';

/**
 * For the CLI's `token create`: finds or creates the user by email (the
 * role must match an existing user's) and issues a token, under the same
 * lifetime and cap rules as the API's createApiToken.
 */
export async function createUserToken(
  input: { email: string; role: Role; name: string; organizationId: string | null; label: string; expiresInDays?: number | null } & LocalDatabaseOptions,
) {
  const policy = tokenPolicyFromEnv();
  return withLocalDatabase(input, async (db) => {
    let user = await db.user.findUnique({ where: { email: input.email } });
    let createdUser = false;
    if (user && user.role !== input.role) throw new CrmMaturityError('CONFLICT', `${input.email} is a ${user.role.toLowerCase()}, not a ${input.role.toLowerCase()}`);
    if (!user) {
      if (input.role === 'MEMBER') {
        if (!input.organizationId) throw new CrmMaturityError('BAD_USER_INPUT', 'a member belongs to one organization: give --organization <id>');
        if (!(await db.organization.findUnique({ where: { id: input.organizationId } }))) throw new CrmMaturityError('NOT_FOUND', `no organization ${input.organizationId}`);
      }
      user = await db.user.create({ data: { email: input.email, name: input.name, role: input.role, organizationId: input.role === 'MEMBER' ? input.organizationId : null } });
      createdUser = true;
    }
    const issued = await issueToken(db, policy, { userId: user.id, label: input.label, expiresInDays: input.expiresInDays ?? null });
    return { ...issued, createdUser };
  });
}
