import { CliError, exitCodes } from '../cli-error';
import type { CommandOutput } from './answer-commands';

const roles = ['admin', 'consultant', 'member', 'researcher'] as const;

export type TokenOptions = { role?: string | undefined; user?: string | undefined; name?: string | undefined; organization?: string | undefined; dataDir?: string | undefined; label?: string | undefined };

/**
 * `token create --role consultant --user ann@example.com`: creates the user
 * if needed and prints a new API token once (only its hash is stored).
 */
export async function tokenCommand(action: string | undefined, options: TokenOptions): Promise<CommandOutput> {
  if (action !== 'create') throw new CliError(`token takes "create", got ${action ?? 'nothing'}`, exitCodes.usage);
  const role = options.role?.toLowerCase();
  if (!role || !(roles as readonly string[]).includes(role)) throw new CliError(`--role: give one of ${roles.join(', ')}`, exitCodes.usage);
  if (!options.user || !/^[^@\s]+@[^@\s]+$/.test(options.user)) throw new CliError('--user: give the user\'s email address', exitCodes.usage);
  const { createUserToken } = await import('@crm-maturity/api');
  try {
    const created = await createUserToken({
      email: options.user,
      role: role.toUpperCase() as 'ADMIN',
      name: options.name ?? options.user,
      organizationId: options.organization ?? null,
      label: options.label ?? 'cli',
      ...(options.dataDir ? { dataDir: options.dataDir } : {}),
    });
    return { text: `${created.token}\n(a ${role} token for ${options.user}${created.createdUser ? ', a new user' : ''}; it is shown only now)`, exitCode: 0 };
  } catch (error) {
    const code = (error as { extensions?: { code?: string } }).extensions?.code;
    if (code) throw new CliError(`${(error as Error).message}`, exitCodes.invalidInput);
    throw error;
  }
}
