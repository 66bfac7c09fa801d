import SchemaBuilder from '@pothos/core';
import PrismaPlugin from '@pothos/plugin-prisma';
import RelayPlugin from '@pothos/plugin-relay';
import ScopeAuthPlugin from '@pothos/plugin-scope-auth';
import ValidationPlugin from '@pothos/plugin-validation';
import { CrmMaturityError, defaultJsonShapeLimits, formatPath, jsonShapeProblem, type ErrorDetail } from '@crm-maturity/core';
import type PrismaTypes from './generated/pothos-types';
import { getDatamodel } from './generated/pothos-types';
import type { Context } from './context';
import { graphqlErrorOf } from './graphql-error-of';
import type { Role } from './auth/roles';

/**
 * The one schema builder: plugins, context and scalars are declared here
 * once; each domain adds its types in schema/<domain>.ts.
 */
export const builder = new SchemaBuilder<{
  Context: Context;
  PrismaTypes: PrismaTypes;
  AuthScopes: { signedIn: boolean; role: Role | Role[] };
  Scalars: {
    DateTime: { Input: Date; Output: Date };
    JSON: { Input: unknown; Output: unknown };
    File: { Input: File; Output: never };
  };
  DefaultFieldNullability: false;
}>({
  defaultFieldNullability: false,
  plugins: [ScopeAuthPlugin, PrismaPlugin, RelayPlugin, ValidationPlugin],
  scopeAuth: {
    authScopes: (context) => ({
      signedIn: context.viewer !== null,
      role: (allowed) => context.viewer !== null && (Array.isArray(allowed) ? allowed : [allowed]).includes(context.viewer.role),
    }),
    unauthorizedError: (_parent, context) =>
      context.viewer
        ? new CrmMaturityError('FORBIDDEN', `a ${context.viewer.role.toLowerCase()} may not do this`)
        : new CrmMaturityError('UNAUTHENTICATED', 'sign in with a bearer API token (Authorization: Bearer <token>)'),
  },
  prisma: {
    client: (context) => context.db,
    dmmf: getDatamodel(),
    // Relation lists and counts are loaded by the plugin's query planning, not one query per row.
    filterConnectionTotalCount: true,
    onUnusedQuery: null,
  },
  relay: {
    clientMutationId: 'omit',
    cursorType: 'String',
    // Nodes are organizations and assessments: the same callers as organization(id) and assessment(id).
    nodeQueryOptions: { authScopes: { role: ['ADMIN', 'CONSULTANT', 'MEMBER'] } },
    nodesQueryOptions: { authScopes: { role: ['ADMIN', 'CONSULTANT', 'MEMBER'] } },
  },
  validation: {
    validationError: (error) =>
      new CrmMaturityError(
        'BAD_USER_INPUT',
        `invalid input: ${error.issues.map((issue) => `${issue.path?.map((p) => (typeof p === 'object' ? p.key : p)).join('.')}: ${issue.message}`).join('; ')}`,
        error.issues.map((issue) => ({ path: (issue.path ?? []).map((p) => (typeof p === 'object' ? (p.key as string) : (p as string))), message: issue.message })),
      ),
  },
});

/**
 * A scalar's BAD_USER_INPUT, already as a GraphQL error: graphql-js reports
 * a bad variable with the extensions of a GraphQLError it is given, and
 * rewords any other error ("Expected type ...").
 */
function refusedScalar(message: string, details: ErrorDetail[] = []): Error {
  const error = new CrmMaturityError('BAD_USER_INPUT', message, details);
  return graphqlErrorOf(error) ?? error;
}

builder.scalarType('DateTime', {
  serialize: (value) => value.toISOString(),
  parseValue: (value) => {
    const date = new Date(String(value));
    if (Number.isNaN(date.getTime())) throw refusedScalar(`not a date-time: ${String(value)}`);
    return date;
  },
});

builder.scalarType('JSON', {
  description: `Any JSON value: an answer (true, "option-id", ["a", "b"], 42, {"row": "column"}). At most ${defaultJsonShapeLimits.maxDepth} levels deep, ${defaultJsonShapeLimits.maxNodes} values, ${defaultJsonShapeLimits.maxArrayLength} items per list and ${defaultJsonShapeLimits.maxStringLength} characters per string.`,
  serialize: (value) => value,
  // Checked here, at the boundary: resolvers (and JSON.stringify) would overflow the stack on a value nested thousands deep.
  parseValue: (value) => {
    const problem = jsonShapeProblem(value);
    if (problem) throw refusedScalar(`JSON value ${formatPath(problem.path)}: ${problem.message}`, [{ path: problem.path, message: problem.message }]);
    return value;
  },
});

builder.scalarType('File', {
  description: 'A file uploaded with the GraphQL multipart request.',
  serialize: () => {
    throw new Error('File is an input-only scalar');
  },
  parseValue: (value) => value as File,
});

builder.queryType({});
builder.mutationType({});
