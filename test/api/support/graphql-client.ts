/**
 * Plain-fetch GraphQL requests, as any client would send them: JSON POSTs
 * and the GraphQL multipart request (https://github.com/jaydenseric/graphql-multipart-request-spec)
 * for uploads, with the CSRF header and an optional bearer token.
 */

export type GraphqlError = {
  message: string;
  path?: (string | number)[];
  locations?: unknown;
  extensions?: { code?: string; details?: Record<string, unknown>[]; [key: string]: unknown };
};

// Responses are checked field by field in the tests; `any` keeps that readable.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type GraphqlBody = { data?: any; errors?: GraphqlError[] };
export type GraphqlResponse = GraphqlBody & { status: number };

export type Upload = { field: string; name: string; type: string; content: string };

export type GraphqlClient = {
  /** POSTs a query; resolves to the HTTP status and the parsed body. */
  gql: (query: string, variables?: Record<string, unknown>, token?: string | null) => Promise<GraphqlResponse>;
  /** POSTs a multipart request with one file at `variables.<upload.field>`. */
  upload: (query: string, variables: Record<string, unknown>, upload: Upload, token?: string | null) => Promise<GraphqlResponse>;
  /** The raw fetch, for requests that break the rules on purpose (no CSRF header, bad token). */
  post: (init: { headers?: Record<string, string>; body: string }) => Promise<Response>;
};

export const csrfHeader = { 'x-crm-maturity': '1' };

export function graphqlClient(url: string): GraphqlClient {
  const auth = (token?: string | null): Record<string, string> => (token ? { authorization: `Bearer ${token}` } : {});
  const parse = async (response: Response): Promise<GraphqlResponse> => {
    const text = await response.text();
    let body: GraphqlBody;
    try {
      body = JSON.parse(text) as GraphqlBody;
    } catch {
      throw new Error(`HTTP ${response.status}: not JSON: ${text.slice(0, 300)}`);
    }
    return { status: response.status, ...body };
  };
  return {
    gql: async (query, variables = {}, token = null) =>
      parse(
        await fetch(url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...csrfHeader, ...auth(token) },
          body: JSON.stringify({ query, variables }),
        }),
      ),
    upload: async (query, variables, upload, token = null) => {
      const form = new FormData();
      form.append('operations', JSON.stringify({ query, variables: { ...variables, [upload.field]: null } }));
      form.append('map', JSON.stringify({ 0: [`variables.${upload.field}`] }));
      form.append('0', new Blob([upload.content], { type: upload.type }), upload.name);
      // fetch sets the multipart content type with its boundary itself.
      return parse(await fetch(url, { method: 'POST', headers: { ...csrfHeader, ...auth(token) }, body: form }));
    },
    post: (init) => fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...init.headers }, body: init.body }),
  };
}

/** The data of a response that must have succeeded; otherwise fails with the errors. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function dataOf(response: GraphqlResponse): any {
  if (response.errors?.length || response.data == null) {
    throw new Error(`expected data, got HTTP ${response.status}: ${JSON.stringify(response.errors ?? response)}`);
  }
  return response.data;
}

/** The one error of a failed response. */
export function errorOf(response: GraphqlResponse): GraphqlError {
  if (response.errors?.length !== 1) throw new Error(`expected one error, got HTTP ${response.status}: ${JSON.stringify(response)}`);
  return response.errors[0]!;
}
