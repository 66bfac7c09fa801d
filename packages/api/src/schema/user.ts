import { CrmMaturityError, displayTextSchema } from '@crm-maturity/core';
import { z } from 'zod';
import { builder } from '../builder';
import { roleSchema } from '../auth/roles';
import { assertOrganizationVisible, requireViewer } from '../services/access';
import { issueToken, tokenLabelSchema } from '../services/api-tokens';
import { decodeId } from './organization';

export const RoleEnum = builder.enumType('Role', { values: roleSchema.options });

builder.prismaObject('User', {
  fields: (t) => ({
    id: t.exposeID('id'),
    name: t.exposeString('name'),
    email: t.exposeString('email'),
    role: t.field({ type: RoleEnum, resolve: (u) => roleSchema.parse(u.role) }),
    organization: t.relation('organization', { nullable: true }),
  }),
});

const CreatedToken = builder.objectRef<{ token: string; id: string; userId: string; label: string; expiresAt: Date }>('CreatedToken').implement({
  description: 'A new API token. It is shown this once; only its hash is stored.',
  fields: (t) => ({
    token: t.exposeString('token'),
    id: t.exposeID('id', { description: 'The id to list or revoke it by (not a secret).' }),
    userId: t.exposeString('userId'),
    label: t.exposeString('label'),
    expiresAt: t.expose('expiresAt', { type: 'DateTime' }),
  }),
});

builder.queryFields((t) => ({
  me: t.prismaField({
    type: 'User',
    nullable: true,
    description: 'The caller, or null without a token.',
    resolve: (query, _root, _args, context) => (context.viewer ? context.db.user.findUnique({ ...query, where: { id: context.viewer.userId } }) : null),
  }),
}));

builder.mutationFields((t) => ({
  createUser: t.prismaField({
    type: 'User',
    authScopes: { role: 'ADMIN' },
    args: {
      name: t.arg.string({ required: true, validate: displayTextSchema({ max: 200 }) }),
      email: t.arg.string({ required: true, validate: z.email('not an email address') }),
      role: t.arg({ type: RoleEnum, required: true }),
      organizationId: t.arg.id({ required: false, description: 'Required for a MEMBER: the organization they belong to.' }),
    },
    resolve: async (query, _root, args, context) => {
      const organizationId = args.organizationId ? decodeId(args.organizationId, 'Organization') : null;
      if (args.role === 'MEMBER' && !organizationId) throw new CrmMaturityError('BAD_USER_INPUT', 'a MEMBER belongs to one organization: give organizationId', [{ field: 'organizationId', message: 'required for MEMBER' }]);
      if (args.role !== 'MEMBER' && organizationId) throw new CrmMaturityError('BAD_USER_INPUT', 'only a MEMBER belongs to an organization', [{ field: 'organizationId', value: args.organizationId, message: 'only for MEMBER' }]);
      if (organizationId) await assertOrganizationVisible(context.db, context.viewer, organizationId);
      const existing = await context.db.user.findUnique({ where: { email: args.email } });
      if (existing) throw new CrmMaturityError('CONFLICT', `a user with email ${args.email} already exists`, [{ field: 'email', value: args.email, message: 'already used' }]);
      return context.db.user.create({ ...query, data: { name: args.name, email: args.email, role: args.role, organizationId } });
    },
  }),
  createApiToken: t.field({
    type: CreatedToken,
    description:
      'An admin creates a token for any user; anyone signed in may create one for themself. It expires after expiresInDays (default 90, at most 365); a user holds at most 20 live tokens (TOKEN_LIMIT_REACHED).',
    authScopes: { signedIn: true },
    args: {
      userId: t.arg.id({ required: false }),
      label: t.arg.string({ required: true, validate: tokenLabelSchema }),
      expiresInDays: t.arg.int({ required: false, description: 'Lifetime in days, 1 to the maximum (365); default the server\'s (90, or CRM_MATURITY_TOKEN_TTL_DAYS).' }),
    },
    resolve: async (_root, args, context) => {
      const viewer = requireViewer(context.viewer);
      const userId = args.userId ? String(args.userId) : viewer.userId;
      if (userId !== viewer.userId && viewer.role !== 'ADMIN') throw new CrmMaturityError('FORBIDDEN', 'only an admin can create tokens for other users');
      const issued = await issueToken(context.db, context.tokenPolicy, { userId, label: args.label, expiresInDays: args.expiresInDays ?? null });
      return { ...issued, userId };
    },
  }),
  assignConsultant: t.boolean({
    description: 'An admin assigns a client organization to a consultant.',
    authScopes: { role: 'ADMIN' },
    args: { consultantId: t.arg.id({ required: true }), organizationId: t.arg.id({ required: true }) },
    resolve: async (_root, args, context) => {
      const consultant = await context.db.user.findUnique({ where: { id: String(args.consultantId) } });
      if (!consultant || consultant.role !== 'CONSULTANT') throw new CrmMaturityError('NOT_FOUND', `no consultant ${args.consultantId}`, [{ field: 'consultantId', value: args.consultantId, message: 'not a consultant' }]);
      const organizationId = decodeId(args.organizationId, 'Organization');
      await assertOrganizationVisible(context.db, context.viewer, organizationId);
      await context.db.consultantAssignment.upsert({
        where: { consultantId_organizationId: { consultantId: consultant.id, organizationId } },
        create: { consultantId: consultant.id, organizationId },
        update: {},
      });
      return true;
    },
  }),
}));
