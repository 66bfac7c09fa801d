import { withLocalDatabase, type LocalDatabaseOptions } from './local-database';
import { revokeToken } from './services/api-tokens';

/**
 * For the CLI's `token revoke <id>`: the operator revokes any token, as an
 * admin does through the API. Every server process refuses it from its next
 * request on (tokens are looked up on every request, never cached).
 */
export async function revokeUserToken(input: { id: string } & LocalDatabaseOptions) {
  return withLocalDatabase(input, (db) => revokeToken(db, { userId: 'cli-operator', role: 'ADMIN', name: 'CLI operator', organizationId: null }, input.id));
}
