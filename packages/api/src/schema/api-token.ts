import { builder } from '../builder';
import { requireViewer } from '../services/access';
import { assertUserExists, listTokens, revokeToken, type tokenFields } from '../services/api-tokens';

type TokenView = { [K in keyof typeof tokenFields]: K extends 'lastUsedAt' | 'revokedAt' ? Date | null : K extends 'createdAt' | 'expiresAt' ? Date : string };

/** A plain object type, not a Prisma one, so no query can select the hash. */
const ApiTokenRef = builder.objectRef<TokenView>('ApiToken').implement({
  description: 'An API token as its owner and admins see it: never the secret, never its hash.',
  fields: (t) => ({
    id: t.exposeID('id'),
    label: t.exposeString('label'),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    lastUsedAt: t.expose('lastUsedAt', { type: 'DateTime', nullable: true, description: 'Recorded at most once a minute.' }),
    expiresAt: t.expose('expiresAt', { type: 'DateTime' }),
    revokedAt: t.expose('revokedAt', { type: 'DateTime', nullable: true }),
  }),
});

builder.queryFields((t) => ({
  myApiTokens: t.field({
    type: [ApiTokenRef],
    description: "The caller's live tokens, newest first (and revoked or expired ones with includeInactive).",
    authScopes: { signedIn: true },
    args: { includeInactive: t.arg.boolean({ required: false, description: 'Also list revoked and expired tokens (the newest 100).' }) },
    resolve: (_root, args, context) => listTokens(context.db, requireViewer(context.viewer).userId, { includeInactive: args.includeInactive ?? false }),
  }),
  apiTokens: t.field({
    type: [ApiTokenRef],
    description: "An admin lists any user's tokens.",
    authScopes: { role: 'ADMIN' },
    args: { userId: t.arg.id({ required: true }), includeInactive: t.arg.boolean({ required: false, description: 'Also list revoked and expired tokens (the newest 100).' }) },
    resolve: async (_root, args, context) => {
      const userId = String(args.userId);
      await assertUserExists(context.db, userId);
      return listTokens(context.db, userId, { includeInactive: args.includeInactive ?? false });
    },
  }),
}));

builder.mutationFields((t) => ({
  revokeApiToken: t.field({
    type: ApiTokenRef,
    description: "Revokes a token at once, on every server: the caller's own, or any for an admin. Another user's token is NOT_FOUND, like a missing one. Repeating it changes nothing.",
    authScopes: { signedIn: true },
    args: { id: t.arg.id({ required: true }) },
    resolve: (_root, args, context) => revokeToken(context.db, requireViewer(context.viewer), String(args.id)),
  }),
}));

