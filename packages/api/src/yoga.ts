import { EnvelopArmorPlugin } from '@escape.tech/graphql-armor';
import { useCSRFPrevention } from '@graphql-yoga/plugin-csrf-prevention';
import { useDisableIntrospection } from '@graphql-yoga/plugin-disable-introspection';
import { renderGraphiQL } from '@graphql-yoga/render-graphiql';
import { createYoga, type Plugin } from 'graphql-yoga';
import { resolveViewer } from './auth/resolve-viewer';
import { tokenPolicyFromEnv, type TokenPolicy } from './auth/token-policy';
import type { Context } from './context';
import type { Db } from './db';
import { createLogger, type Logger } from './logger';
import { createMaskError } from './mask-error';
import { useReadiness, type Readiness } from './plugins/use-readiness';
import { useRequestBodyLimit } from './plugins/use-request-body-limit';
import { useRequestLog } from './plugins/use-request-log';
import { runtimeConfig, type RuntimeConfig } from './runtime-config';
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
  /** Request and error logs (default: a logger configured from the environment). */
  logger?: Logger;
  /** Limits and timeouts (default: from the environment, see runtime-config.ts). */
  config?: RuntimeConfig;
  /** Shared with the server, which sets `draining` on shutdown (readiness then answers 503). */
  readiness?: Readiness;
};

/** The GraphQL app, built apart from any listener so tests can serve it on port 0. */
export function createApi(options: ApiOptions) {
  const releases = new ReleaseStore(options.db);
  const minCohortSize = options.minCohortSize ?? 5;
  const tokenPolicy = options.tokenPolicy ?? tokenPolicyFromEnv();
  const corsOrigins = options.corsOrigins ?? corsOriginsFromEnv();
  const config = options.config ?? runtimeConfig();
  const logger = options.logger ?? createLogger(config);
  const readiness = options.readiness ?? { draining: false };
  const retryAfterSeconds = config.CRM_MATURITY_RETRY_AFTER_S;
  const introspection = options.introspection ?? process.env.NODE_ENV !== 'production';
  const yoga = createYoga<Record<string, unknown>, Context>({
    schema,
    graphqlEndpoint: '/graphql',
    graphiql: introspection ? { title: 'crm-maturity API', defaultQuery: defaultQuery } : false,
    // The GraphiQL bundle served from this package: yoga's default page loads it from a CDN, which an offline machine cannot reach.
    renderGraphiQL,
    landingPage: false,
    maskedErrors: { maskError: createMaskError({ logger, retryAfterSeconds }) },
    logging: yogaLogging(logger),
    multipart: true,
    // Checked by useRequestBodyLimit instead: yoga's check streams every body through a counter.
    maxRequestBodySize: false,
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
      useRequestLog({ logger }),
      useReadiness({ db: options.db, timeoutMs: config.CRM_MATURITY_READY_TIMEOUT_MS, retryAfterSeconds, state: readiness }),
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
      useReportDownload({ db: options.db, releases, logger, retryAfterSeconds }),
      useVaryOnOrigin(corsOrigins),
      ...(options.plugins ?? []),
      // Last: it wraps whichever request parser the plugins above chose.
      useRequestBodyLimit(),
    ],
  });
  return { yoga, releases, minCohortSize, logger, readiness };
}

/** yoga's own messages (e.g. a failed request parse) through the same logger, as records rather than printed stacks. */
function yogaLogging(logger: Logger) {
  const child = logger.child({ component: 'yoga' });
  const write = (level: 'debug' | 'info' | 'warn' | 'error') => (...args: unknown[]) => {
    const [first, ...rest] = args;
    // Errors of requests are logged by maskError already (a retryable database failure as a warning, anything else as an error).
    if (first instanceof Error) child.debug({ err: first }, first.message);
    else child[level](rest.length ? { details: rest.map((r) => (r instanceof Error ? { message: r.message, stack: r.stack } : r)) } : {}, String(first));
  };
  return { debug: write('debug'), info: write('info'), warn: write('warn'), error: write('error') };
}

const defaultQuery = `# Add the header {"Authorization": "Bearer <token>", "x-crm-maturity": "1"} below.
query Organizations {
  organizations(first: 10) {
    edges { node { id name industry sizeBand region } }
  }
}
`;
