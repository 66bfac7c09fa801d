import { EnvelopArmorPlugin } from '@escape.tech/graphql-armor';
import { useCSRFPrevention } from '@graphql-yoga/plugin-csrf-prevention';
import { useDisableIntrospection } from '@graphql-yoga/plugin-disable-introspection';
import { renderGraphiQL } from '@graphql-yoga/render-graphiql';
import { createYoga, type Plugin } from 'graphql-yoga';
import { resolveViewer } from './auth/resolve-viewer';
import { tokenPolicyFromEnv, type TokenPolicy } from './auth/token-policy';
import type { Context } from './context';
import type { Db } from './db';
import { maskError } from './mask-error';
import { schema } from './schema/index';
import { ReleaseStore } from './services/releases';
import { useReportDownload } from './plugins/use-report-download';
import { corsOption, corsOriginsFromEnv, useVaryOnOrigin } from './plugins/cors-allowlist';

export type ApiOptions = {
  db: Db;
  /** Introspection and GraphiQL; on for the demo, off by default in production. */
  introspection?: boolean;
  /** The smallest cohort a new release shows (never below 3; default 5). */
  minCohortSize?: number;
  /** Token lifetimes and the per-user cap; default from the environment (CRM_MATURITY_TOKEN_TTL_DAYS). */
  tokenPolicy?: TokenPolicy;
  /** Origins browsers may call from; default CRM_MATURITY_CORS_ORIGINS, none (no CORS headers) when unset. */
  corsOrigins?: string[];
  /** Extra plugins (e.g. the report download route). */
  plugins?: Plugin<Record<string, unknown>>[];
};

/** The GraphQL app, built apart from any listener so tests can serve it on port 0. */
export function createApi(options: ApiOptions) {
  const releases = new ReleaseStore(options.db);
  const minCohortSize = options.minCohortSize ?? 5;
  const introspection = options.introspection ?? process.env.NODE_ENV !== 'production';
  const tokenPolicy = options.tokenPolicy ?? tokenPolicyFromEnv();
  const corsOrigins = options.corsOrigins ?? corsOriginsFromEnv();
  const yoga = createYoga<Record<string, unknown>, Context>({
    schema,
    graphqlEndpoint: '/graphql',
    graphiql: introspection ? { title: 'crm-maturity API', defaultQuery: defaultQuery } : false,
    // The GraphiQL bundle served from this package: yoga's default page loads it from a CDN, which an offline machine cannot reach.
    renderGraphiQL,
    landingPage: false,
    maskedErrors: { maskError },
    multipart: true,
    // yoga's default echoes any Origin with credentials; ours is an allowlist from configuration.
    cors: corsOption(corsOrigins),
    context: async ({ request }): Promise<Context> => ({
      db: options.db,
      releases,
      minCohortSize,
      tokenPolicy,
      viewer: await resolveViewer(options.db, request.headers.get('authorization')),
    }),
    plugins: [
      // Limits that keep one request from exhausting the server.
      EnvelopArmorPlugin({
        maxDepth: { n: 12 },
        costLimit: { maxCost: 8000 },
        maxAliases: { n: 15 },
        maxTokens: { n: 4000 },
        maxDirectives: { n: 20 },
      }),
      // Browsers must send a header a cross-site form cannot set.
      useCSRFPrevention({ requestHeaders: ['x-crm-maturity', 'apollo-require-preflight', 'x-graphql-yoga-csrf'] }),
      ...(introspection ? [] : [useDisableIntrospection()]),
      useReportDownload({ db: options.db, releases }),
      useVaryOnOrigin(corsOrigins),
      ...(options.plugins ?? []),
    ],
  });
  return { yoga, releases, minCohortSize };
}

const defaultQuery = `# Add the header {"Authorization": "Bearer <token>", "x-crm-maturity": "1"} below.
query Organizations {
  organizations(first: 10) {
    edges { node { id name industry sizeBand region } }
  }
}
`;
