/**
 * What the HTTP layer refuses before any resolver runs (bad tokens, cross-site
 * requests, queries built to exhaust the server), and that an unexpected
 * failure reaches the client masked.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tokenRefusedMessage } from '@crm-maturity/api';
import { providers, startApi, type ApiHarness } from './support/api-server';
import { csrfHeader, dataOf, errorOf } from './support/graphql-client';

const questionnairesQuery = JSON.stringify({ query: '{ questionnaires { id } }' });
/** What that query answers: one entry per bundled version (1.0.0 and 2.0.0). */
const questionnairesAnswer = { data: { questionnaires: [{ id: 'crm-maturity' }, { id: 'crm-maturity' }] } };

describe.each(providers)('the HTTP layer on %s', (provider) => {
  let api: ApiHarness;
  beforeAll(async () => {
    api = await startApi(provider);
  });
  afterAll(() => api?.close());

  it.each([
    ['a malformed token', 'Bearer not-a-token'],
    ['an unknown token', `Bearer crmm_${'A'.repeat(43)}`],
    ['another scheme', 'Basic YWRtaW46YWRtaW4='],
  ])('answers %s with UNAUTHENTICATED and HTTP 401, even for a public query', async (_name, authorization) => {
    const response = await api.post({ headers: { ...csrfHeader, authorization }, body: questionnairesQuery });
    expect(response.status).toBe(401);
    expect(await response.json()).toEqual({ errors: [{ message: tokenRefusedMessage, extensions: { code: 'UNAUTHENTICATED' } }] });
  });

  // Revoked and expired tokens, and the same refusal on a second server process: test/api/token-lifecycle.test.ts.

  it('refuses a request a cross-site form could send (GET, form or text body) without the CSRF header, with HTTP 403', async () => {
    const refused = { errors: [{ message: 'Required CSRF header(s) not present' }] };
    const get = await fetch(`${api.url}?query=${encodeURIComponent('{ questionnaires { id } }')}`);
    expect(get.status).toBe(403);
    expect(await get.json()).toEqual(refused);
    for (const contentType of ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x']) {
      const response = await api.post({ headers: { 'content-type': contentType }, body: questionnairesQuery });
      expect(response.status, contentType).toBe(403);
      expect(await response.json()).toEqual(refused);
    }
    // The same GET with the header is served.
    const allowed = await fetch(`${api.url}?query=${encodeURIComponent('{ questionnaires { id } }')}`, { headers: csrfHeader });
    expect(allowed.status).toBe(200);
    expect(await allowed.json()).toEqual(questionnairesAnswer);
  });

  it('serves a JSON POST without the header: a browser cannot send one cross-site without a CORS preflight', async () => {
    // yoga's CSRF prevention (like Apollo's) only guards requests a browser sends without a preflight.
    const response = await api.post({ body: questionnairesQuery });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual(questionnairesAnswer);
  });

  it('refuses a query nested deeper than 12 levels with a clear error, not a server error', async () => {
    const nested = (depth: number) => `{ me { organization { assessments(first: 1) { edges { node { ${'previous { '.repeat(depth)}id${' }'.repeat(depth)} } } } } } }`;
    // 12 levels are fine ...
    expect((await api.gql(nested(6), {}, api.tokens.MEMBER)).errors).toBeUndefined();
    // ... 13 are not.
    const response = await api.gql(nested(7), {}, api.tokens.MEMBER);
    expect(response.status).toBe(200);
    expect(response.data).toBeUndefined();
    expect(errorOf(response).message).toBe('Syntax Error: Query depth limit of 12 exceeded, found 13.');
  });

  it('refuses more than 15 aliases with a clear error, not a server error', async () => {
    const aliased = (n: number) => `{ ${Array.from({ length: n }, (_, i) => `q${i}: questionnaires { id }`).join(' ')} }`;
    expect(dataOf(await api.gql(aliased(15)))).toHaveProperty('q14');
    const response = await api.gql(aliased(16));
    expect(response.status).toBe(200);
    expect(response.data).toBeUndefined();
    expect(errorOf(response).message).toBe('Syntax Error: Aliases limit of 15 exceeded, found 16.');
  });

  it('masks an unexpected failure as "Unexpected error." with no detail of its cause', async () => {
    // A stored result that no longer parses: a bug or a damaged database, not the caller's doing.
    const assessmentId = dataOf(await api.gql('{ organizations(first: 1) { edges { node { assessments(first: 1) { edges { node { id } } } } } } }', {}, api.tokens.MEMBER)).organizations.edges[0].node.assessments.edges[0].node.id;
    const raw = Buffer.from(assessmentId, 'base64').toString('utf8').split(':')[1]!;
    const original = (await api.db.storedResult.findUniqueOrThrow({ where: { assessmentId: raw } })).result;
    await api.db.storedResult.update({ where: { assessmentId: raw }, data: { result: '{"truncated": ' } });
    try {
      const response = await api.gql('query($id: ID!) { assessment(id: $id) { status result { overallScore } } }', { id: assessmentId }, api.tokens.MEMBER);
      expect(response.status).toBe(200);
      // assessment is non-null, so the null of its failed field reaches the root.
      expect(response.data).toBeNull();
      expect(response.errors).toEqual([{ message: 'Unexpected error.', extensions: { code: 'INTERNAL_SERVER_ERROR' }, locations: [{ line: 1, column: 48 }], path: ['assessment', 'result'] }]);
    } finally {
      await api.db.storedResult.update({ where: { assessmentId: raw }, data: { result: original } });
    }
  });
});
