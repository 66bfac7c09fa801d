import { CrmMaturityError } from '@crm-maturity/core';
import { renderTable } from '../format/table';
import { parseWholeNumber } from '../option-values';
import type { CommandOutput } from './answer-commands';

const roles = ['admin', 'consultant', 'member', 'researcher'] as const;

export type TokenOptions = {
  role?: string | undefined;
  user?: string | undefined;
  name?: string | undefined;
  organization?: string | undefined;
  dataDir?: string | undefined;
  label?: string | undefined;
  expiresInDays?: string | undefined;
  all?: boolean | undefined;
  json?: boolean | undefined;
};

/**
 * `token create|list|revoke`, acting on the database directly as its
 * operator (DATABASE_URL, or the SQLite file in --data-dir):
 * - `create --role consultant --user ann@example.com [--expires-in-days N]`
 *   creates the user if needed and prints a new API token once;
 * - `list --user ann@example.com [--all]` prints the user's tokens (never
 *   the secret or its hash), with --all also revoked and expired ones;
 * - `revoke <token id>` revokes a token; every server refuses it from its
 *   next request on.
 */
export async function tokenCommand(action: string | undefined, args: string[], options: TokenOptions): Promise<CommandOutput> {
  if (action !== 'create' && action !== 'list' && action !== 'revoke') throw new CrmMaturityError('BAD_USER_INPUT', `token takes create, list or revoke, got ${action ?? 'nothing'}`);
  if (action !== 'revoke' && args.length > 0) throw new CrmMaturityError('BAD_USER_INPUT', `token ${action} takes no argument, got ${args.join(' ')}`);
  const api = await import('@crm-maturity/api');
  const where = options.dataDir ? { dataDir: options.dataDir } : {};
  try {
    if (action === 'revoke') {
      if (args.length !== 1) throw new CrmMaturityError('BAD_USER_INPUT', 'token revoke takes one token id (see token list)');
      const revoked = await api.revokeUserToken({ id: args[0]!, ...where });
      return { text: `revoked ${revoked.id} (${revoked.label}) at ${revoked.revokedAt!.toISOString()}`, exitCode: 0 };
    }
    const email = requireEmail(options.user);
    if (action === 'list') {
      const tokens = await api.listUserTokens({ email, includeInactive: options.all ?? false, ...where });
      if (options.json) return { text: JSON.stringify(tokens, null, 2), exitCode: 0 };
      const now = Date.now();
      const rows = tokens.map((t) => [t.id, t.label, day(t.createdAt), t.lastUsedAt ? day(t.lastUsedAt) : 'never', day(t.expiresAt), t.revokedAt ? 'revoked' : t.expiresAt.getTime() <= now ? 'expired' : 'live']);
      return { text: tokens.length ? renderTable(['id', 'label', 'created', 'last used', 'expires', 'state'], rows) : `${email} has no ${options.all ? '' : 'live '}tokens`, exitCode: 0 };
    }
    const role = options.role?.toLowerCase();
    if (!role || !(roles as readonly string[]).includes(role)) throw new CrmMaturityError('BAD_USER_INPUT', `--role: give one of ${roles.join(', ')}`);
    const expiresInDays = options.expiresInDays === undefined ? null : parseWholeNumber('--expires-in-days', options.expiresInDays, { min: 1, max: api.defaultTokenPolicy.maxLifetimeDays });
    const created = await api.createUserToken({
      email,
      role: role.toUpperCase() as 'ADMIN',
      name: options.name ?? email,
      organizationId: options.organization ?? null,
      label: options.label ?? 'cli',
      expiresInDays,
      ...where,
    });
    return {
      text: `${created.token}\n(a ${role} token for ${email}${created.createdUser ? ', a new user' : ''}, id ${created.id}, expires ${created.expiresAt.toISOString()}; it is shown only now)`,
      exitCode: 0,
    };
  } catch (error) {
    // The API's own failures, and database errors with a code (a taken email, the database down), exit by their code.
    throw api.expectedErrorOf(error, { retryAfterSeconds: 1 }) ?? error;
  }
}

function requireEmail(user: string | undefined): string {
  if (!user || !/^[^@\s]+@[^@\s]+$/.test(user)) throw new CrmMaturityError('BAD_USER_INPUT', "--user: give the user's email address");
  return user;
}

const day = (date: Date) => date.toISOString().slice(0, 16).replace('T', ' ');
