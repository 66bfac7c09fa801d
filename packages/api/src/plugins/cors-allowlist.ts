import type { Plugin, YogaServerOptions } from 'graphql-yoga';

type CorsOption = NonNullable<YogaServerOptions<Record<string, unknown>, Record<string, unknown>>['cors']>;

/**
 * The origins browsers may call the API from, from `CRM_MATURITY_CORS_ORIGINS`
 * (comma-separated, e.g. `https://app.example.org,http://localhost:5173`).
 * None by default: no CORS headers at all, so only same-origin pages (and
 * non-browser clients) reach it. Each entry must be exactly an origin
 * (scheme, host, optional port); `*` is refused, since responses carry
 * credentials.
 *
 * @throws Error naming the variable and the bad entry
 * @example
 * corsOriginsFromEnv({ CRM_MATURITY_CORS_ORIGINS: 'https://app.example.org' }); // => ['https://app.example.org']
 */
export function corsOriginsFromEnv(env: Record<string, string | undefined> = process.env): string[] {
  const raw = env.CRM_MATURITY_CORS_ORIGINS ?? '';
  const origins = raw.split(',').map((entry) => entry.trim()).filter((entry) => entry !== '');
  for (const origin of origins) {
    let parsed: URL | undefined;
    try {
      parsed = new URL(origin);
    } catch {
      parsed = undefined;
    }
    if (!parsed || parsed.origin !== origin || !/^https?:$/.test(parsed.protocol)) {
      throw new Error(`CRM_MATURITY_CORS_ORIGINS: "${origin}" is not an origin; give scheme://host[:port] with no path or trailing slash, e.g. https://app.example.org (and never *)`);
    }
  }
  return origins;
}

/**
 * yoga's `cors` option for an allowlist: an allowed Origin is echoed (with
 * credentials, the methods and headers the API uses); any other Origin gets
 * no CORS headers at all, so the browser keeps the response from the page.
 */
export function corsOption(origins: readonly string[]): CorsOption {
  if (origins.length === 0) return false;
  const allowed = new Set(origins);
  return (request: Request) => {
    const origin = request.headers.get('origin');
    if (!origin || !allowed.has(origin)) return false;
    return { origin: [origin], credentials: true, methods: ['GET', 'POST'], allowedHeaders: ['authorization', 'content-type', 'x-crm-maturity'], maxAge: 600 };
  };
}

/** Responses differ by Origin once there is an allowlist: caches must keep them apart. */
export function useVaryOnOrigin(origins: readonly string[]): Plugin {
  return {
    onResponse({ response }) {
      if (origins.length === 0) return;
      const vary = response.headers.get('vary');
      if (!vary?.split(',').some((v) => v.trim().toLowerCase() === 'origin')) response.headers.set('vary', vary ? `${vary}, Origin` : 'Origin');
    },
  };
}
