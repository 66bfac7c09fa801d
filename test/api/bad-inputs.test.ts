/**
 * Inputs the API once accepted and should not, on both databases: display
 * texts with control, bidirectional-control or lone-surrogate characters;
 * counts far outside the question's range; JSON values nested or sized to
 * exhaust the server; dataset uploads that are not UTF-8; report dates
 * that are not calendar dates; and cross-origin requests from origins not
 * on the allowlist. Each gets a coded error saying what and where, never a
 * 500, and writes nothing.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '@crm-maturity/api';
import { providers, startApi, type ApiHarness } from './support/api-server';
import { addRespondentMutation, createOrganization, datasetCsv, importMutation, readExample, saveAnswersMutation, startAssessmentMutation, syntheticRows } from './support/fixtures';
import { csrfHeader, dataOf, errorOf, type GraphqlResponse } from './support/graphql-client';

const createOrganizationMutation = `mutation($input: OrganizationInput!) { createOrganization(input: $input) { id name } }`;
const profile = { industry: 'RETAIL', sizeBand: 'SMALL', region: 'EUROPE' };

/** The body of a JSON POST written by hand, for values JSON.stringify cannot write (1e999) or would refuse to (nesting 100,000 deep). */
async function postRaw(api: ApiHarness, body: string, token: string): Promise<GraphqlResponse> {
  const response = await api.post({ headers: { ...csrfHeader, authorization: `Bearer ${token}` }, body });
  return { status: response.status, ...((await response.json()) as object) };
}

describe.each(providers)('bad inputs on %s', (provider) => {
  let api: ApiHarness;
  let draft: string;
  let serial = 0;

  beforeAll(async () => {
    api = await startApi(provider);
    const organizationId = await createOrganization(api, api.tokens.ADMIN, { name: 'Bad Inputs Ltd', ...profile });
    draft = dataOf(await api.gql(startAssessmentMutation, { organizationId }, api.tokens.ADMIN)).startAssessment.id;
    dataOf(await api.gql(addRespondentMutation, { assessmentId: draft, key: 'r1', businessUnit: 'sales' }, api.tokens.ADMIN));
  });
  afterAll(() => api?.close());

  const answerCount = () => api.db.answer.count();
  const save = (answers: unknown[]) => api.gql(saveAnswersMutation, { assessmentId: draft, respondentKey: 'r1', answers }, api.tokens.ADMIN);

  describe('display texts', () => {
    it.each([
      ['a right-to-left override', 'Acme\u202Egnp.exe', 'contains U+202E (a bidirectional control character) at position 5'],
      ['a bidirectional isolate', 'Acme\u2066x', 'contains U+2066 (a bidirectional control character) at position 5'],
      ['a NUL', 'Acme\u0000', 'contains U+0000 (a control character or line break) at position 5'],
      ['an escape sequence', 'Acme\u001B[31m', 'contains U+001B (a control character or line break) at position 5'],
      ['a line break', 'Acme\nLtd', 'contains U+000A (a control character or line break) at position 5'],
      ['a lone surrogate', 'Acme\uD800', 'contains a lone surrogate (not a character) at position 5'],
    ])('refuses an organization name with %s, naming the field and the character, and writes nothing', async (_what, name, message) => {
      const before = await api.db.organization.count();
      const response = await api.gql(createOrganizationMutation, { input: { name, ...profile } }, api.tokens.ADMIN);
      expect(response.status).toBe(200);
      expect(errorOf(response)).toMatchObject({ message: `invalid input: input.name: ${message}`, extensions: { code: 'BAD_USER_INPUT', details: [{ path: ['input', 'name'], message }] } });
      expect(await api.db.organization.count()).toBe(before);
    });

    it('stores a name normalized to NFC and trimmed', async () => {
      const created = dataOf(await api.gql(createOrganizationMutation, { input: { name: '  Cafe\u0301 Ltd ', ...profile } }, api.tokens.ADMIN)).createOrganization;
      expect(created.name).toBe('Caf\u00e9 Ltd');
      expect((await api.db.organization.findUniqueOrThrow({ where: { id: Buffer.from(created.id, 'base64').toString().split(':')[1]! } })).name).toBe('Caf\u00e9 Ltd');
    });

    it('applies the same rule to organization patches, user names, respondents, token labels and evidence notes', async () => {
      const organizationId = await createOrganization(api, api.tokens.ADMIN, { name: `Patch target ${++serial}`, ...profile });
      const answersBefore = await answerCount();
      const tokensBefore = await api.db.apiToken.count();
      const cases: [string, Promise<GraphqlResponse>, (string | number)[]][] = [
        ['updateOrganization', api.gql('mutation($id: ID!) { updateOrganization(id: $id, patch: { name: "A\\u202EB" }) { id } }', { id: organizationId }, api.tokens.ADMIN), ['patch', 'name']],
        ['createUser', api.gql('mutation { createUser(name: "Eve\\u202E", email: "eve@bad.example", role: RESEARCHER) { id } }', {}, api.tokens.ADMIN), ['name']],
        ['addRespondent name', api.gql(addRespondentMutation, { assessmentId: draft, key: 'r2', name: 'Ann\u0007', businessUnit: 'it' }, api.tokens.ADMIN), ['name']],
        ['addRespondent business unit', api.gql(addRespondentMutation, { assessmentId: draft, key: 'r3', businessUnit: 'it\u2069' }, api.tokens.ADMIN), ['businessUnit']],
        ['createApiToken', api.gql('mutation($label: String!) { createApiToken(label: $label) { id } }', { label: 'ci\ntoken' }, api.tokens.ADMIN), ['label']],
        ['saveAnswers evidence', save([{ questionId: 'people.ceo-involvement', value: true, evidence: 'see \u001B[2J' }]), ['answers', 0, 'evidence']],
      ];
      for (const [name, request, path] of cases) {
        const error = errorOf(await request);
        expect(error.extensions?.code, name).toBe('BAD_USER_INPUT');
        expect(error.extensions?.details, name).toEqual([{ path, message: expect.stringMatching(/^contains U\+[0-9A-F]{4} /) }]);
      }
      expect(await api.db.user.count({ where: { email: 'eve@bad.example' } })).toBe(0);
      expect(await api.db.respondent.count({ where: { assessmentId: Buffer.from(draft, 'base64').toString().split(':')[1]! } })).toBe(1);
      expect(await answerCount()).toBe(answersBefore);
      expect(await api.db.apiToken.count()).toBe(tokensBefore);
      expect((await api.db.organization.findUniqueOrThrow({ where: { id: Buffer.from(organizationId, 'base64').toString().split(':')[1]! } })).name).toBe(`Patch target ${serial}`);
      // A multi-line note keeps its line breaks.
      const saved = dataOf(await save([{ questionId: 'people.ceo-involvement', value: true, evidence: 'board minutes\r\n2026-03 ' }])).saveAnswers;
      expect(saved[0].evidence).toBe('board minutes\n2026-03');
    });

    it("refuses an answer file's organization name with a bidirectional override in scoreAnswerFile, with the path", async () => {
      const file = readExample('small-retailer');
      const response = await api.gql('mutation($answers: JSON!) { scoreAnswerFile(answers: $answers) { overallScore } }', { answers: { ...file, organization: { ...file.organization, name: 'Shop\u202Enuf' } } }, api.tokens.MEMBER);
      expect(errorOf(response).extensions).toMatchObject({
        code: 'INVALID_ANSWERS',
        details: [expect.objectContaining({ path: ['organization', 'name'], message: expect.stringContaining('organization.name: contains U+202E (a bidirectional control character) at position 5') })],
      });
    });
  });

  describe('counts', () => {
    it.each([
      ['1e308', '1e308', 'OUT_OF_RANGE', 1e308, 'must be from 1 to 1000000, got 1e+308'],
      ['1e999 (Infinity once parsed)', '1e999', 'OUT_OF_RANGE', 'Infinity', 'must be from 1 to 1000000, got Infinity'],
      ['1000001', '1000001', 'OUT_OF_RANGE', 1000001, 'must be from 1 to 1000000, got 1000001'],
      ['2.5', '2.5', 'NOT_WHOLE_NUMBER', 2.5, 'expects a whole number from 1 to 1000000, got 2.5'],
    ])('refuses %s as INVALID_ANSWERS naming the question, the value and the range, and saves nothing', async (_name, literal, code, value, message) => {
      const before = await answerCount();
      const body = `{"query": ${JSON.stringify(saveAnswersMutation)}, "variables": {"assessmentId": ${JSON.stringify(draft)}, "respondentKey": "r1", "answers": [{"questionId": "people.ceo-involvement", "value": true}, {"questionId": "information.customer-data-sources", "value": ${literal}}]}}`;
      const response = await postRaw(api, body, api.tokens.ADMIN);
      expect(response.status).toBe(200);
      expect(errorOf(response)).toMatchObject({
        message: '1 answer is invalid; nothing was saved',
        extensions: { code: 'INVALID_ANSWERS', details: [{ path: ['answers', 1], questionId: 'information.customer-data-sources', respondentKey: 'r1', code, value, message: `information.customer-data-sources: ${message}` }] },
      });
      expect(await answerCount()).toBe(before);
    });
  });

  describe('JSON values built to exhaust the server', () => {
    const deep = (depth: number) => '['.repeat(depth) + ']'.repeat(depth);

    it('refuses an answer value nested 100,000 levels deep with BAD_USER_INPUT and the path, not a server error', async () => {
      const before = await answerCount();
      const body = `{"query": ${JSON.stringify(saveAnswersMutation)}, "variables": {"assessmentId": ${JSON.stringify(draft)}, "respondentKey": "r1", "answers": [{"questionId": "people.ceo-involvement", "value": ${deep(100_000)}}]}}`;
      const response = await postRaw(api, body, api.tokens.ADMIN);
      expect(response.status).not.toBe(500);
      const error = errorOf(response);
      expect(error.extensions?.code).toBe('BAD_USER_INPUT');
      expect(error.message).toContain(`JSON value ${'[0]'.repeat(32)}: nested deeper than 32 levels`);
      expect(error.message).toContain('answers[0].value');
      expect(await answerCount()).toBe(before);
    });

    it.each([
      ['a list of 20,000 items', Array(20_000).fill('a'), 'JSON value (root): a list of 20000 items; at most 10000'],
      ['a string of 20,000 characters', 'x'.repeat(20_000), 'JSON value (root): a string of 20000 characters; at most 10000'],
    ])('refuses %s as an answer value', async (_name, value, message) => {
      const error = errorOf(await save([{ questionId: 'people.ceo-involvement', value }]));
      expect(error.extensions?.code).toBe('BAD_USER_INPUT');
      expect(error.message).toContain(message);
    });

    it('refuses a deeply nested answer file in scoreAnswerFile the same way', async () => {
      const body = `{"query": "mutation($a: JSON!) { scoreAnswerFile(answers: $a) { overallScore } }", "variables": {"a": {"respondents": ${deep(50_000)}}}}`;
      const response = await postRaw(api, body, api.tokens.MEMBER);
      expect(response.status).not.toBe(500);
      expect(errorOf(response).extensions?.code).toBe('BAD_USER_INPUT');
      expect(errorOf(response).message).toContain('nested deeper than 32 levels');
    });
  });

  it('refuses a dataset upload that is not UTF-8 with INVALID_DATASET naming the line, and imports nothing', async () => {
    const csv = Buffer.from(datasetCsv(syntheticRows(4, 77)), 'utf8');
    // A Latin-1 "é" (0xE9 then a comma) in the middle of line 3.
    const lineStarts = [0, ...[...csv.entries()].filter(([, b]) => b === 0x0a).map(([i]) => i + 1)];
    const at = lineStarts[2]! + 3;
    const bad = Buffer.concat([csv.subarray(0, at), Buffer.from([0xe9]), csv.subarray(at)]);
    const form = new FormData();
    form.append('operations', JSON.stringify({ query: importMutation, variables: { name: 'latin-1', format: 'csv', file: null } }));
    form.append('map', JSON.stringify({ 0: ['variables.file'] }));
    form.append('0', new Blob([bad], { type: 'text/csv' }), 'latin-1.csv');
    const before = await api.db.benchmarkDataset.count();
    const response = await fetch(api.url, { method: 'POST', headers: { ...csrfHeader, authorization: `Bearer ${api.tokens.ADMIN}` }, body: form });
    const body = (await response.json()) as GraphqlResponse;
    expect(response.status).toBe(200);
    expect(errorOf(body as GraphqlResponse)).toMatchObject({
      message: `the upload is not UTF-8 text (line 3, byte ${at}); nothing was imported`,
      extensions: { code: 'INVALID_DATASET', details: [{ line: 3, field: 'file', value: at, message: `input is not valid UTF-8: line 3 holds an invalid byte sequence at byte ${at}` }] },
    });
    expect(await api.db.benchmarkDataset.count()).toBe(before);
  });

  it.each([
    ['2026-02-31', '"2026-02-31" is not a calendar date: February 2026 has 28 days; give YYYY-MM-DD, e.g. 2026-11-23'],
    ['2026-13-01', '"2026-13-01" is not a calendar date: there is no month 13; give YYYY-MM-DD, e.g. 2026-11-23'],
    ['2026-1-5', '"2026-1-5" is not a date in the form YYYY-MM-DD; give YYYY-MM-DD, e.g. 2026-11-23'],
  ])('refuses the report date %s with HTTP 400 and the expected format', async (date, message) => {
    const assessment = await api.db.assessment.findFirstOrThrow({ where: { status: 'SUBMITTED' } });
    const response = await fetch(api.url.replace('/graphql', `/reports/${assessment.id}.pdf?date=${date}`), { headers: { authorization: `Bearer ${api.tokens.ADMIN}` } });
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({ errors: [{ message: `date: ${message}`, extensions: { code: 'BAD_USER_INPUT' } }] });
  });

  it('sends no CORS headers to any Origin when no origin is configured', async () => {
    for (const origin of ['https://evil.example', 'http://127.0.0.1:4000']) {
      const response = await fetch(api.url, { method: 'POST', headers: { 'content-type': 'application/json', origin }, body: JSON.stringify({ query: '{ questionnaires { id } }' }) });
      expect(response.status).toBe(200);
      expect(response.headers.get('access-control-allow-origin'), origin).toBeNull();
      expect(response.headers.get('access-control-allow-credentials'), origin).toBeNull();
    }
  });
});

describe('CORS with an allowlist', () => {
  let server: RunningServer;
  const dataDir = mkdtempSync(join(tmpdir(), 'crm-cors-'));
  beforeAll(async () => {
    server = await startServer({ port: 0, dataDir, demo: false, introspection: false, corsOrigins: ['https://app.example.org', 'http://localhost:5173'] });
  });
  afterAll(async () => {
    await server?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  const ask = (origin: string, method = 'POST') =>
    fetch(server.url, {
      method,
      headers: method === 'OPTIONS' ? { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'authorization, content-type' } : { 'content-type': 'application/json', origin },
      ...(method === 'POST' ? { body: JSON.stringify({ query: '{ questionnaires { id } }' }) } : {}),
    });

  it('echoes an allowed Origin, with credentials, on requests and preflights', async () => {
    for (const origin of ['https://app.example.org', 'http://localhost:5173']) {
      const response = await ask(origin);
      expect(response.headers.get('access-control-allow-origin')).toBe(origin);
      expect(response.headers.get('access-control-allow-credentials')).toBe('true');
      expect(response.headers.get('vary')).toContain('Origin');
      const preflight = await ask(origin, 'OPTIONS');
      expect(preflight.headers.get('access-control-allow-origin')).toBe(origin);
      expect(preflight.headers.get('access-control-allow-headers')).toBe('authorization, content-type, x-crm-maturity');
    }
  });

  it('gives a foreign Origin no access-control-allow-origin at all', async () => {
    for (const origin of ['https://evil.example', 'https://app.example.org.evil.example', 'http://app.example.org', 'null']) {
      const response = await ask(origin);
      expect(response.headers.get('access-control-allow-origin'), origin).toBeNull();
      expect(response.headers.get('access-control-allow-credentials'), origin).toBeNull();
      const preflight = await ask(origin, 'OPTIONS');
      expect(preflight.headers.get('access-control-allow-origin'), origin).toBeNull();
    }
  });
});
