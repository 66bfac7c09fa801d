/**
 * API tokens from creation to the end of their life, on both databases:
 * expiry (the default, per token, from the environment), listing without
 * secrets, revocation (by the owner, by an admin, by the CLI), the cap on
 * live tokens, one refusal for every token that does not work, and a
 * revocation through one server process refused at once by a second one.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultTokenPolicy, tokenRefusedMessage } from '@crm-maturity/api';
import { providers, startApi, type ApiHarness } from './support/api-server';
import { createUserWithToken, missingIds } from './support/fixtures';
import { csrfHeader, dataOf, errorOf, graphqlClient, type GraphqlResponse } from './support/graphql-client';
import { runCliAsync, startServerProcess, type ServerProcess } from '../support/run-cli';

const dayMs = 86_400_000;
const createToken = `mutation($userId: ID, $label: String!, $days: Int) {
  createApiToken(userId: $userId, label: $label, expiresInDays: $days) { token id label expiresAt }
}`;
const myTokens = `query($all: Boolean) { myApiTokens(includeInactive: $all) { id label createdAt lastUsedAt expiresAt revokedAt } }`;
const revoke = `mutation($id: ID!) { revokeApiToken(id: $id) { id label revokedAt } }`;
const refused = { status: 401, body: { errors: [{ message: tokenRefusedMessage, extensions: { code: 'UNAUTHENTICATED' } }] } };

/** The whole HTTP answer to `{ me { id } }` with a bearer token, to compare refusals byte for byte. */
async function answerTo(url: string, token: string) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...csrfHeader, authorization: `Bearer ${token}` },
    body: JSON.stringify({ query: '{ me { id } }' }),
  });
  return { status: response.status, body: await response.json() };
}

/** A response with the cuids taken out, to compare another user's id with a missing one. */
const withoutIds = (response: GraphqlResponse) => JSON.parse(JSON.stringify({ status: response.status, errors: response.errors }).replace(/\bc[a-z0-9]{24}\b/g, '<id>'));

describe.each(providers)('API tokens on %s', (provider) => {
  let api: ApiHarness;
  let serial = 0;
  /** A new user of the role with one token of their own. */
  const newUser = (role = 'CONSULTANT') => createUserWithToken(api, { name: `User ${++serial}`, email: `user-${serial}@tokens.example`, role });

  beforeAll(async () => {
    api = await startApi(provider);
  });
  afterAll(() => api?.close());

  it('expires a new token after the default 90 days, or after expiresInDays, and lists it without the secret or its hash', async () => {
    const user = await newUser();
    const plain = dataOf(await api.gql(createToken, { label: 'laptop' }, user.token)).createApiToken;
    const short = dataOf(await api.gql(createToken, { label: 'ci job', days: 7 }, user.token)).createApiToken;
    const listed = dataOf(await api.gql(myTokens, {}, user.token)).myApiTokens;
    const byId = new Map(listed.map((t: { id: string }) => [t.id, t]));
    const lifetime = (t: { createdAt: string; expiresAt: string }) => (Date.parse(t.expiresAt) - Date.parse(t.createdAt)) / dayMs;
    expect(lifetime(byId.get(plain.id) as never)).toBe(defaultTokenPolicy.defaultLifetimeDays);
    expect(defaultTokenPolicy.defaultLifetimeDays).toBe(90);
    expect(lifetime(byId.get(short.id) as never)).toBe(7);
    expect(byId.get(short.id)).toEqual({ id: short.id, label: 'ci job', createdAt: expect.any(String), lastUsedAt: null, expiresAt: short.expiresAt, revokedAt: null });
    // Newest first: the two new ones, then the one the admin made.
    expect(listed.map((t: { label: string }) => t.label)).toEqual(['ci job', 'laptop', 'tests']);
    const raw = JSON.stringify(listed);
    const stored = await api.db.apiToken.findUniqueOrThrow({ where: { id: plain.id } });
    expect(raw).not.toContain(plain.token);
    expect(raw).not.toContain(stored.tokenHash);
    // The type has no field for either.
    const asked = await api.gql('{ myApiTokens { tokenHash } }', {}, user.token);
    expect(errorOf(asked).message).toBe('Cannot query field "tokenHash" on type "ApiToken".');
  });

  it('records when a token was last used', async () => {
    const user = await newUser();
    const { id, token } = dataOf(await api.gql(createToken, { label: 'first use' }, user.token)).createApiToken;
    const listed = async () => dataOf(await api.gql(myTokens, {}, user.token)).myApiTokens.find((t: { id: string }) => t.id === id);
    expect((await listed()).lastUsedAt).toBeNull();
    expect((await answerTo(api.url, token)).status).toBe(200);
    const used = (await listed()).lastUsedAt;
    expect(Date.parse(used)).toBeGreaterThanOrEqual(Date.parse((await listed()).createdAt));
  });

  it.each([
    [0, 'expiresInDays: 0 is not allowed; give 1 to 365 days'],
    [366, 'expiresInDays: 366 is not allowed; give 1 to 365 days'],
  ])('refuses a lifetime of %i days, naming the allowed range, and writes nothing', async (days, message) => {
    const user = await newUser();
    const response = await api.gql(createToken, { label: 'too long', days }, user.token);
    expect(errorOf(response)).toMatchObject({ message, extensions: { code: 'BAD_USER_INPUT', details: [{ field: 'expiresInDays', value: days, message: '1 to 365' }] } });
    expect(await api.db.apiToken.count({ where: { userId: user.id } })).toBe(1);
  });

  it('answers a malformed, unknown, revoked or expired token with exactly the same HTTP 401', async () => {
    const user = await newUser();
    const revoked = dataOf(await api.gql(createToken, { label: 'to revoke' }, user.token)).createApiToken;
    const expired = dataOf(await api.gql(createToken, { label: 'to expire' }, user.token)).createApiToken;
    // Both work first.
    expect((await answerTo(api.url, revoked.token)).status).toBe(200);
    expect((await answerTo(api.url, expired.token)).status).toBe(200);
    dataOf(await api.gql(revoke, { id: revoked.id }, user.token));
    await api.db.apiToken.update({ where: { id: expired.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    const answers = {
      malformed: await answerTo(api.url, 'crmm_short'),
      unknown: await answerTo(api.url, `crmm_${'A'.repeat(43)}`),
      revoked: await answerTo(api.url, revoked.token),
      expired: await answerTo(api.url, expired.token),
    };
    expect(answers).toEqual({ malformed: refused, unknown: refused, revoked: refused, expired: refused });
    // The report download refuses them the same way.
    const report = await fetch(api.url.replace('/graphql', '/reports/anything.pdf'), { headers: { authorization: `Bearer ${expired.token}` } });
    expect({ status: report.status, body: await report.json() }).toEqual(refused);
  });

  it('lets the owner revoke their token (a second revoke changes nothing) and lists it only when asked for inactive ones', async () => {
    const user = await newUser();
    const created = dataOf(await api.gql(createToken, { label: 'old phone' }, user.token)).createApiToken;
    const first = dataOf(await api.gql(revoke, { id: created.id }, user.token)).revokeApiToken;
    expect(first).toEqual({ id: created.id, label: 'old phone', revokedAt: expect.any(String) });
    const again = dataOf(await api.gql(revoke, { id: created.id }, user.token)).revokeApiToken;
    expect(again.revokedAt).toBe(first.revokedAt);
    expect(dataOf(await api.gql(myTokens, {}, user.token)).myApiTokens.map((t: { id: string }) => t.id)).not.toContain(created.id);
    const all = dataOf(await api.gql(myTokens, { all: true }, user.token)).myApiTokens;
    expect(all.find((t: { id: string }) => t.id === created.id)).toMatchObject({ label: 'old phone', revokedAt: first.revokedAt });
  });

  it("answers another user's token id exactly like a missing one, and changes nothing", async () => {
    const owner = await newUser();
    const intruder = await newUser('RESEARCHER');
    const target = dataOf(await api.gql(createToken, { label: 'private' }, owner.token)).createApiToken;
    const other = await api.gql(revoke, { id: target.id }, intruder.token);
    const missing = await api.gql(revoke, { id: missingIds.user }, intruder.token);
    expect(errorOf(other).extensions?.code).toBe('NOT_FOUND');
    expect(withoutIds(other)).toEqual(withoutIds(missing));
    expect((await answerTo(api.url, target.token)).status).toBe(200);
  });

  it("lets an admin list and revoke any user's tokens; others may not list them", async () => {
    const user = await newUser();
    const listed = dataOf(await api.gql('query($u: ID!) { apiTokens(userId: $u) { id label } }', { u: user.id }, api.tokens.ADMIN)).apiTokens;
    expect(listed).toEqual([{ id: expect.any(String), label: 'tests' }]);
    dataOf(await api.gql(revoke, { id: listed[0].id }, api.tokens.ADMIN));
    expect(await answerTo(api.url, user.token)).toEqual(refused);
    const asOther = await api.gql('query($u: ID!) { apiTokens(userId: $u) { id } }', { u: user.id }, api.tokens.CONSULTANT);
    expect(errorOf(asOther).extensions?.code).toBe('FORBIDDEN');
    const unknown = await api.gql('query($u: ID!) { apiTokens(userId: $u) { id } }', { u: missingIds.user }, api.tokens.ADMIN);
    expect(errorOf(unknown).extensions?.code).toBe('NOT_FOUND');
  });

  it('caps live tokens at 20 per user with a coded error naming the cap; revoked and expired ones do not count', async () => {
    const user = await newUser('RESEARCHER');
    const cap = defaultTokenPolicy.maxLiveTokensPerUser;
    expect(cap).toBe(20);
    const ids: string[] = [];
    // The user has one token already (from the admin).
    for (let i = 1; i < cap; i++) ids.push(dataOf(await api.gql(createToken, { label: `token ${i}` }, user.token)).createApiToken.id);
    const refusedCreate = await api.gql(createToken, { label: 'one too many' }, user.token);
    expect(errorOf(refusedCreate)).toMatchObject({
      message: 'a user may hold at most 20 live API tokens; revoke one (revokeApiToken) before creating another',
      extensions: { code: 'TOKEN_LIMIT_REACHED', details: [{ field: 'userId', value: user.id, message: '20 live tokens; the cap is 20' }] },
    });
    // An admin minting for the user meets the same cap.
    expect(errorOf(await api.gql(createToken, { userId: user.id, label: 'by admin' }, api.tokens.ADMIN)).extensions?.code).toBe('TOKEN_LIMIT_REACHED');
    expect(await api.db.apiToken.count({ where: { userId: user.id } })).toBe(cap);
    dataOf(await api.gql(revoke, { id: ids[0] }, user.token));
    await api.db.apiToken.update({ where: { id: ids[1]! }, data: { expiresAt: new Date(Date.now() - 1000) } });
    dataOf(await api.gql(createToken, { label: 'after a revoke' }, user.token));
    dataOf(await api.gql(createToken, { label: 'after an expiry' }, user.token));
    expect(errorOf(await api.gql(createToken, { label: 'full again' }, user.token)).extensions?.code).toBe('TOKEN_LIMIT_REACHED');
  });

  describe('with a second server process over the same database', () => {
    let second: ServerProcess;
    beforeAll(async () => {
      second = await startServerProcess({ DATABASE_URL: api.databaseUrl, CRM_MATURITY_TOKEN_TTL_DAYS: '7' });
    }, 60_000);
    afterAll(() => second?.stop());

    it('refuses a token on the second process as soon as the first has revoked it', async () => {
      const user = await newUser();
      const created = dataOf(await api.gql(createToken, { label: 'shared' }, user.token)).createApiToken;
      expect((await answerTo(second.url, created.token)).status).toBe(200);
      // Revoked through the first process; the very next request to the second is refused.
      dataOf(await api.gql(revoke, { id: created.id }, user.token));
      expect(await answerTo(second.url, created.token)).toEqual(refused);
    });

    it('takes the default lifetime from CRM_MATURITY_TOKEN_TTL_DAYS', async () => {
      const user = await newUser();
      const b = graphqlClient(second.url);
      const created = dataOf(await b.gql(createToken, { label: 'from the second server' }, user.token)).createApiToken;
      const stored = await api.db.apiToken.findUniqueOrThrow({ where: { id: created.id } });
      expect((stored.expiresAt.getTime() - stored.createdAt.getTime()) / dayMs).toBe(7);
    });

    it('refuses on both processes a token that `crm-maturity token revoke` revoked, and lists it with `token list --all`', async () => {
      const user = await newUser();
      const email = `user-${serial}@tokens.example`;
      const created = dataOf(await api.gql(createToken, { label: 'revoke by cli' }, user.token)).createApiToken;
      const env = { DATABASE_URL: api.databaseUrl };
      const listed = await runCliAsync(['token', 'list', '--user', email, '--json'], { env });
      expect(listed.stderr).toBe('');
      expect(JSON.parse(listed.stdout).map((t: { label: string }) => t.label)).toEqual(['revoke by cli', 'tests']);
      expect(listed.stdout).not.toContain(created.token);
      const revoked = await runCliAsync(['token', 'revoke', created.id], { env });
      expect(revoked.stderr).toBe('');
      expect(revoked.stdout).toMatch(new RegExp(`^revoked ${created.id} \\(revoke by cli\\) at \\d{4}-`));
      expect(await answerTo(api.url, created.token)).toEqual(refused);
      expect(await answerTo(second.url, created.token)).toEqual(refused);
      const all = await runCliAsync(['token', 'list', '--user', email, '--all'], { env });
      expect(all.stdout).toMatch(new RegExp(`${created.id}\\s+revoke by cli\\s+.*\\s+revoked\\n`));
      // An unknown id is an error, not silence.
      const unknown = await runCliAsync(['token', 'revoke', missingIds.user], { env });
      expect(unknown.status).toBe(1);
      expect(unknown.stderr).toContain(`API token ${missingIds.user} does not exist`);
      // Four CLI processes, each loading Prisma and checking migrations: slow on a busy machine.
    }, 180_000);
  });
});
