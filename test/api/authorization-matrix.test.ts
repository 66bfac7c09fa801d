/**
 * Every query and mutation of the API, asked by every kind of caller, for
 * the caller's own tenant, another tenant and an id that does not exist.
 * Another tenant's id must answer exactly like a missing one, so ids cannot
 * be probed; a researcher never reaches an organization or an assessment.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { providers, startApi, type ApiHarness } from './support/api-server';
import {
  createTenants,
  datasetCsv,
  globalId,
  importCsv,
  missingIds,
  readExample,
  reassessMutation,
  syntheticRows,
  type Tenants,
} from './support/fixtures';
import { dataOf, type GraphqlResponse } from './support/graphql-client';

const roles = ['anonymous', 'ADMIN', 'CONSULTANT', 'MEMBER', 'RESEARCHER'] as const;
type Role = (typeof roles)[number];
const targets = ['own', 'other', 'missing'] as const;
type Target = (typeof targets)[number];
type Outcome = 'data' | 'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_FOUND';
/** One outcome for every target, or one per target in the order own, other, missing. */
type Expected = Outcome | readonly [Outcome, Outcome, Outcome];

type Cell = { api: ApiHarness; tenants: Tenants; role: Role; token: string | null; target: Target; serial: number; demoConsultantId: string };

type Operation = {
  name: string;
  /** What "own", "other" and "missing" mean for it; absent when it takes no id. */
  targets?: string;
  expected: Record<Role, Expected>;
  request: (cell: Cell) => Promise<GraphqlResponse>;
  /** Checks on the data of a cell that succeeds. */
  check?: (data: any, cell: Cell) => void | Promise<void>;
};

/** Organizations and their assessments: all for an admin, the own tenant for a consultant or member, nothing for a researcher. */
const tenantScoped: Record<Role, Expected> = {
  anonymous: 'UNAUTHENTICATED',
  ADMIN: ['data', 'data', 'NOT_FOUND'],
  CONSULTANT: ['data', 'NOT_FOUND', 'NOT_FOUND'],
  MEMBER: ['data', 'NOT_FOUND', 'NOT_FOUND'],
  RESEARCHER: 'FORBIDDEN',
};
/** The same, for what only an admin or a consultant may change. */
const consultantScoped: Record<Role, Expected> = { ...tenantScoped, MEMBER: 'FORBIDDEN' };
const adminOnly: Record<Role, Expected> = { anonymous: 'UNAUTHENTICATED', ADMIN: ['data', 'data', 'NOT_FOUND'], CONSULTANT: 'FORBIDDEN', MEMBER: 'FORBIDDEN', RESEARCHER: 'FORBIDDEN' };
const everyone: Record<Role, Expected> = { anonymous: 'data', ADMIN: 'data', CONSULTANT: 'data', MEMBER: 'data', RESEARCHER: 'data' };
const signedIn: Record<Role, Expected> = { ...everyone, anonymous: 'UNAUTHENTICATED' };

const organizationOf = (cell: Cell) => (cell.target === 'missing' ? missingIds.organization : cell.tenants[cell.target].organizationId);
const submittedOf = (cell: Cell) => (cell.target === 'missing' ? missingIds.assessment : cell.tenants[cell.target].secondAssessmentId);
const draftOf = (cell: Cell) => (cell.target === 'missing' ? missingIds.assessment : cell.tenants[cell.target].draftId);
const ask = (cell: Cell, query: string, variables: Record<string, unknown> = {}) => cell.api.gql(query, variables, cell.token);
/** A user id: the caller's own, someone else's (the member, or for a member the consultant), or one that does not exist. */
const userOf = async (cell: Cell): Promise<string> => {
  if (cell.target === 'missing') return missingIds.user;
  if (cell.target === 'other') return cell.role === 'MEMBER' ? cell.tenants.consultant.id : cell.tenants.member.id;
  if (cell.role === 'anonymous') return cell.tenants.member.id;
  return dataOf(await ask(cell, '{ me { id } }')).me.id;
};

/** An assessment field, reached through assessment(id) on the target's latest submitted assessment. */
const assessmentField = (name: string, selection: string, check: (value: any) => void): Operation => ({
  name: `assessment.${name}`,
  targets: 'a submitted assessment (with a previous one)',
  expected: tenantScoped,
  request: (cell) => ask(cell, `query($id: ID!) { assessment(id: $id) { id ${selection} } }`, { id: submittedOf(cell) }),
  check: (data) => check(data.assessment[name]),
});

const operations: Operation[] = [
  {
    name: 'questionnaires',
    expected: everyone,
    request: (cell) => ask(cell, '{ questionnaires { id version } }'),
    check: (data) => expect(data.questionnaires).toContainEqual({ id: 'crm-maturity', version: '1.0.0' }),
  },
  {
    name: 'questionnaire',
    expected: everyone,
    request: (cell) => ask(cell, '{ questionnaire(version: "1.0.0") { id version questions { id } } }'),
    check: (data) => expect(data.questionnaire.questions.length).toBeGreaterThanOrEqual(40),
  },
  {
    name: 'me',
    expected: everyone,
    request: (cell) => ask(cell, '{ me { id role } }'),
    check: (data, cell) => expect(data.me).toEqual(cell.role === 'anonymous' ? null : expect.objectContaining({ role: cell.role })),
  },
  {
    name: 'organizations',
    expected: { ...tenantScoped, ADMIN: 'data', CONSULTANT: 'data', MEMBER: 'data' },
    request: (cell) => ask(cell, '{ organizations(first: 50) { edges { node { id } } } }'),
    check: (data, cell) => {
      const ids = data.organizations.edges.map((e: { node: { id: string } }) => e.node.id);
      if (cell.role === 'ADMIN') expect(ids).toEqual(expect.arrayContaining([cell.tenants.own.organizationId, cell.tenants.other.organizationId]));
      else expect(ids).toEqual([cell.tenants.own.organizationId]);
    },
  },
  {
    name: 'organization',
    targets: 'an organization',
    expected: tenantScoped,
    request: (cell) => ask(cell, 'query($id: ID!) { organization(id: $id) { id name } }', { id: organizationOf(cell) }),
    check: (data, cell) => expect(data.organization.id).toBe(organizationOf(cell)),
  },
  {
    name: 'node (organization)',
    targets: 'an organization',
    expected: tenantScoped,
    request: (cell) => ask(cell, 'query($id: ID!) { node(id: $id) { id ... on Organization { name } } }', { id: organizationOf(cell) }),
    check: (data, cell) => expect(data.node.id).toBe(organizationOf(cell)),
  },
  {
    name: 'node (assessment)',
    targets: 'a submitted assessment',
    expected: tenantScoped,
    request: (cell) => ask(cell, 'query($id: ID!) { node(id: $id) { id ... on Assessment { status } } }', { id: submittedOf(cell) }),
    check: (data) => expect(data.node.status).toBe('SUBMITTED'),
  },
  {
    name: 'nodes',
    targets: 'an organization',
    expected: tenantScoped,
    request: (cell) => ask(cell, 'query($id: ID!) { nodes(ids: [$id]) { id } }', { id: organizationOf(cell) }),
    check: (data, cell) => expect(data.nodes).toEqual([{ id: organizationOf(cell) }]),
  },
  {
    name: 'assessment',
    targets: 'a submitted assessment',
    expected: tenantScoped,
    request: (cell) => ask(cell, 'query($id: ID!) { assessment(id: $id) { id status organization { id } } }', { id: submittedOf(cell) }),
    check: (data, cell) => expect(data.assessment).toEqual({ id: submittedOf(cell), status: 'SUBMITTED', organization: { id: organizationOf(cell) } }),
  },
  assessmentField('result', 'result { overallScore }', (result) => expect(result.overallScore).toBeGreaterThan(0)),
  assessmentField('roadmap', 'roadmap { fromScore steps { questionId } }', (roadmap) => expect(roadmap.fromScore).toBeGreaterThan(0)),
  assessmentField('progress', 'progress { overall { delta } }', (progress) => expect(progress.overall.delta).toBe(0)),
  assessmentField('published', 'published { questionId }', (published) => expect(published.length).toBeGreaterThan(0)),
  assessmentField('comparison', 'comparison { status cohortSize }', (comparison) => expect(comparison.status).toBe('released')),
  {
    name: 'cohortStatistics',
    expected: { anonymous: 'UNAUTHENTICATED', ADMIN: 'data', CONSULTANT: 'data', MEMBER: 'FORBIDDEN', RESEARCHER: 'data' },
    request: (cell) => ask(cell, '{ cohortStatistics(groupBy: [industry]) { cells { label n } } }'),
    check: (data) => expect(data.cohortStatistics.cells.length).toBeGreaterThan(1),
  },
  {
    name: 'benchmarkDatasets',
    expected: { anonymous: 'UNAUTHENTICATED', ADMIN: 'data', CONSULTANT: 'FORBIDDEN', MEMBER: 'FORBIDDEN', RESEARCHER: 'data' },
    request: (cell) => ask(cell, '{ benchmarkDatasets { name rowCount } }'),
    check: (data) => expect(data.benchmarkDatasets[0]).toMatchObject({ name: 'Synthetic demo benchmark' }),
  },
  {
    name: 'benchmarkReleases',
    expected: signedIn,
    request: (cell) => ask(cell, '{ benchmarkReleases { version mode } }'),
    check: (data) => expect(data.benchmarkReleases[0]).toEqual({ version: 1, mode: 'EXACT' }),
  },
  {
    name: 'publishBenchmarkRelease',
    expected: { anonymous: 'UNAUTHENTICATED', ADMIN: 'data', CONSULTANT: 'FORBIDDEN', MEMBER: 'FORBIDDEN', RESEARCHER: 'FORBIDDEN' },
    request: (cell) => ask(cell, 'mutation { publishBenchmarkRelease(dryRun: true) { dryRun release { version } } }'),
    check: (data) => expect(data.publishBenchmarkRelease).toEqual({ dryRun: true, release: null }),
  },
  {
    name: 'createOrganization',
    expected: { anonymous: 'UNAUTHENTICATED', ADMIN: 'data', CONSULTANT: 'data', MEMBER: 'FORBIDDEN', RESEARCHER: 'FORBIDDEN' },
    request: (cell) =>
      ask(cell, 'mutation($input: OrganizationInput!) { createOrganization(input: $input) { id } }', {
        input: { name: `Created in cell ${cell.serial}`, industry: 'BANKING', sizeBand: 'SMALL', region: 'EUROPE' },
      }),
    // A consultant is assigned to what they create, and so can open it at once.
    check: async (data, cell) => {
      const opened = await ask(cell, 'query($id: ID!) { organization(id: $id) { name } }', { id: data.createOrganization.id });
      expect(dataOf(opened).organization.name).toBe(`Created in cell ${cell.serial}`);
    },
  },
  {
    name: 'updateOrganization',
    targets: 'an organization (patched to its own name)',
    expected: consultantScoped,
    request: (cell) =>
      ask(cell, 'mutation($id: ID!, $patch: OrganizationPatch!) { updateOrganization(id: $id, patch: $patch) { id name } }', {
        id: organizationOf(cell),
        patch: { name: cell.target === 'own' ? 'Tenant A Retail' : 'Tenant B Insurance' },
      }),
    check: (data, cell) => expect(data.updateOrganization.id).toBe(organizationOf(cell)),
  },
  {
    name: 'startAssessment',
    targets: 'an organization',
    expected: tenantScoped,
    request: (cell) => ask(cell, 'mutation($id: ID!) { startAssessment(organizationId: $id) { status organization { id } } }', { id: organizationOf(cell) }),
    check: (data, cell) => expect(data.startAssessment).toEqual({ status: 'DRAFT', organization: { id: organizationOf(cell) } }),
  },
  {
    name: 'addRespondent',
    targets: 'a draft',
    expected: tenantScoped,
    request: (cell) =>
      ask(cell, 'mutation($id: ID!, $key: String!) { addRespondent(assessmentId: $id, key: $key, businessUnit: "service") { key } }', { id: draftOf(cell), key: `cell-${cell.serial}` }),
    check: (data, cell) => expect(data.addRespondent.key).toBe(`cell-${cell.serial}`),
  },
  {
    name: 'saveAnswers',
    targets: 'a draft with respondent r1',
    expected: tenantScoped,
    request: (cell) =>
      ask(cell, 'mutation($id: ID!, $answers: [AnswerInput!]!) { saveAnswers(assessmentId: $id, respondentKey: "r1", answers: $answers) { questionId value } }', {
        id: draftOf(cell),
        answers: [{ questionId: 'people.ceo-involvement', value: true }],
      }),
    check: (data) => expect(data.saveAnswers).toEqual([{ questionId: 'people.ceo-involvement', value: true }]),
  },
  {
    name: 'submitAssessment',
    targets: 'a complete draft, made fresh for the cell',
    expected: tenantScoped,
    request: async (cell) => {
      let id = missingIds.assessment;
      if (cell.target !== 'missing') {
        // Every cell gets a draft that would submit, so a refusal can only come from authorization.
        id = dataOf(await cell.api.gql(reassessMutation, { assessmentId: submittedOf(cell) }, cell.api.tokens.ADMIN)).reassess.id;
      }
      return ask(cell, 'mutation($id: ID!) { submitAssessment(id: $id) { id status } }', { id });
    },
    check: (data) => expect(data.submitAssessment.status).toBe('SUBMITTED'),
  },
  {
    name: 'reassess',
    targets: 'a submitted assessment',
    expected: tenantScoped,
    request: (cell) => ask(cell, 'mutation($id: ID!) { reassess(assessmentId: $id) { status previous { id } } }', { id: submittedOf(cell) }),
    check: (data, cell) => expect(data.reassess).toEqual({ status: 'DRAFT', previous: { id: submittedOf(cell) } }),
  },
  {
    name: 'createUser',
    targets: 'the organization of a new member',
    expected: adminOnly,
    request: (cell) =>
      ask(cell, 'mutation($email: String!, $organizationId: ID) { createUser(name: "New member", email: $email, role: MEMBER, organizationId: $organizationId) { role organization { id } } }', {
        email: `member-${cell.serial}@cells.example`,
        organizationId: organizationOf(cell),
      }),
    check: (data, cell) => expect(data.createUser).toEqual({ role: 'MEMBER', organization: { id: organizationOf(cell) } }),
  },
  {
    name: 'createApiToken',
    targets: 'a user: the caller, another user, no such user',
    expected: { anonymous: 'UNAUTHENTICATED', ADMIN: ['data', 'data', 'NOT_FOUND'], CONSULTANT: ['data', 'FORBIDDEN', 'FORBIDDEN'], MEMBER: ['data', 'FORBIDDEN', 'FORBIDDEN'], RESEARCHER: ['data', 'FORBIDDEN', 'FORBIDDEN'] },
    request: (cell) => {
      const someoneElse = cell.role === 'MEMBER' ? cell.tenants.consultant.id : cell.tenants.member.id;
      const userId = cell.target === 'own' ? null : cell.target === 'other' ? someoneElse : missingIds.user;
      return ask(cell, 'mutation($userId: ID) { createApiToken(userId: $userId, label: "cell") { token label } }', { userId });
    },
    // The new token works, and is the caller's (or, for an admin, the other user's).
    check: async (data, cell) => {
      expect(data.createApiToken.token).toMatch(/^crmm_[A-Za-z0-9_-]{43}$/);
      const me = dataOf(await cell.api.gql('{ me { id role } }', {}, data.createApiToken.token)).me;
      expect(me.id).toBe(cell.target === 'own' ? dataOf(await ask(cell, '{ me { id } }')).me.id : cell.tenants.member.id);
    },
  },
  {
    name: 'myApiTokens',
    expected: signedIn,
    request: (cell) => ask(cell, '{ myApiTokens { id label expiresAt } }'),
    check: (data) => expect(data.myApiTokens.length).toBeGreaterThan(0),
  },
  {
    name: 'apiTokens',
    targets: 'a user: the caller, another user, no such user',
    expected: adminOnly,
    request: async (cell) => ask(cell, 'query($userId: ID!) { apiTokens(userId: $userId) { id label } }', { userId: await userOf(cell) }),
    check: (data) => expect(data.apiTokens.length).toBeGreaterThan(0),
  },
  {
    name: 'revokeApiToken',
    targets: "a token made fresh for the cell: the caller's, another user's, no such token",
    expected: { anonymous: 'UNAUTHENTICATED', ADMIN: ['data', 'data', 'NOT_FOUND'], CONSULTANT: ['data', 'NOT_FOUND', 'NOT_FOUND'], MEMBER: ['data', 'NOT_FOUND', 'NOT_FOUND'], RESEARCHER: ['data', 'NOT_FOUND', 'NOT_FOUND'] },
    request: async (cell) => {
      let id = missingIds.user;
      if (cell.target !== 'missing' && cell.role !== 'anonymous') {
        const userId = await userOf(cell);
        id = dataOf(await cell.api.gql('mutation($userId: ID!) { createApiToken(userId: $userId, label: "to revoke") { id } }', { userId }, cell.api.tokens.ADMIN)).createApiToken.id;
      }
      return ask(cell, 'mutation($id: ID!) { revokeApiToken(id: $id) { id revokedAt } }', { id });
    },
    check: (data) => expect(data.revokeApiToken.revokedAt).not.toBeNull(),
  },
  {
    name: 'assignConsultant',
    targets: 'an organization (assigned to the demo consultant)',
    expected: adminOnly,
    request: (cell) =>
      ask(cell, 'mutation($consultantId: ID!, $organizationId: ID!) { assignConsultant(consultantId: $consultantId, organizationId: $organizationId) }', {
        consultantId: cell.demoConsultantId,
        organizationId: organizationOf(cell),
      }),
    check: (data) => expect(data.assignConsultant).toBe(true),
  },
  {
    name: 'importBenchmarkDataset',
    expected: { anonymous: 'UNAUTHENTICATED', ADMIN: 'data', CONSULTANT: 'FORBIDDEN', MEMBER: 'FORBIDDEN', RESEARCHER: 'FORBIDDEN' },
    request: (cell) => importCsv(cell.api, cell.token, `cell ${cell.serial}`, datasetCsv(syntheticRows(3, cell.serial))),
    check: (data) => expect(data.importBenchmarkDataset.rowCount).toBe(3),
  },
  {
    name: 'scoreAnswerFile',
    expected: signedIn,
    request: (cell) => ask(cell, 'mutation($answers: JSON!) { scoreAnswerFile(answers: $answers) { overallScore } }', { answers: readExample('small-retailer') }),
    check: (data) => expect(data.scoreAnswerFile.overallScore).toBeGreaterThan(0),
  },
];

type MatrixCell = { operation: Operation; role: Role; target: Target | null; expected: Outcome };

const matrix: MatrixCell[] = operations.flatMap((operation) =>
  roles.flatMap((role): MatrixCell[] => {
    const expected = operation.expected[role];
    if (!operation.targets) {
      if (typeof expected !== 'string') throw new Error(`${operation.name}: one outcome per role, it takes no id`);
      return [{ operation, role, target: null, expected }];
    }
    return targets.map((target, index) => ({ operation, role, target, expected: typeof expected === 'string' ? expected : expected[index]! }));
  }),
);

const label = (c: MatrixCell) => `${c.operation.name} × ${c.role}${c.target ? ` × ${c.target}` : ''} → ${c.expected}`;

/** The code of a response: "data" when it succeeded, else its one error's code. */
function outcomeOf(response: GraphqlResponse): string {
  if (!response.errors?.length) return 'data';
  return response.errors.map((e) => e.extensions?.code ?? `no code: ${e.message}`).join(', ');
}

/** A response with its ids (raw cuids and relay global ids) taken out, to compare a refusal for another tenant with one for a missing id. */
function withoutIds(response: GraphqlResponse) {
  const text = JSON.stringify({ status: response.status, errors: response.errors });
  return JSON.parse(text.replace(/\bc[a-z0-9]{24}\b/g, '<id>').replace(/\b(T3JnYW5pemF0aW9uO|QXNzZXNzbWVudD)[A-Za-z0-9+/]+=*/g, '<global id>'));
}

describe.each(providers)(`authorization matrix on %s (${matrix.length} cells)`, (provider) => {
  let api: ApiHarness;
  let tenants: Tenants;
  let demoConsultantId: string;
  let serial = 0;

  beforeAll(async () => {
    api = await startApi(provider);
    tenants = await createTenants(api);
    demoConsultantId = dataOf(await api.gql('{ me { id } }', {}, api.tokens.CONSULTANT)).me.id;
  });
  afterAll(() => api?.close());

  const tokenOf = (role: Role): string | null =>
    role === 'anonymous' ? null : role === 'CONSULTANT' ? tenants.consultant.token : role === 'MEMBER' ? tenants.member.token : api.tokens[role];

  it.each(matrix.map((c) => [label(c), c] as const))('%s', async (_name, { operation, role, target, expected }) => {
    const cell: Cell = { api, tenants, role, token: tokenOf(role), target: target ?? 'own', serial: ++serial, demoConsultantId };
    const response = await operation.request(cell);
    expect(outcomeOf(response)).toBe(expected);
    if (expected === 'data') {
      await operation.check?.(response.data, cell);
      return;
    }
    // A refusal leaks nothing: no data at all.
    expect(Object.values(response.data ?? {}).filter((v) => v !== null)).toEqual([]);
    if (target === 'other') {
      // Exactly the answer for an id that does not exist.
      const missing = await operation.request({ ...cell, target: 'missing', serial: ++serial });
      expect(withoutIds(response)).toEqual(withoutIds(missing));
    }
  });
});
