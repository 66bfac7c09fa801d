import { join, resolve } from 'node:path';
import { mkdirSync } from 'node:fs';
import type { Role } from './auth/roles';
import { createDatabase, migrateDatabase } from './db';
import { ApiError } from './errors';
import { issueToken } from './services/users';

/**
 * For the CLI's `token create`: finds or creates the user by email (the
 * role must match an existing user's) and issues a token.
 */
export async function createUserToken(input: { email: string; role: Role; name: string; organizationId: string | null; label: string; dataDir?: string; databaseUrl?: string }) {
  const dataDir = resolve(input.dataDir ?? '.data');
  const url = input.databaseUrl ?? process.env.DATABASE_URL ?? `file:${join(dataDir, 'crm-maturity.db')}`;
  if (url.startsWith('file:')) mkdirSync(dataDir, { recursive: true });
  await migrateDatabase(url);
  const database = createDatabase(url);
  try {
    const db = database.prisma;
    let user = await db.user.findUnique({ where: { email: input.email } });
    let createdUser = false;
    if (user && user.role !== input.role) throw new ApiError('CONFLICT', `${input.email} is a ${user.role.toLowerCase()}, not a ${input.role.toLowerCase()}`);
    if (!user) {
      if (input.role === 'MEMBER') {
        if (!input.organizationId) throw new ApiError('BAD_USER_INPUT', 'a member belongs to one organization: give --organization <id>');
        if (!(await db.organization.findUnique({ where: { id: input.organizationId } }))) throw new ApiError('NOT_FOUND', `no organization ${input.organizationId}`);
      }
      user = await db.user.create({ data: { email: input.email, name: input.name, role: input.role, organizationId: input.role === 'MEMBER' ? input.organizationId : null } });
      createdUser = true;
    }
    return { token: await issueToken(db, user.id, input.label), createdUser };
  } finally {
    await database.close();
  }
}
