/**
 * Test data over the API: the bundled example answer files, helpers that
 * submit them, and the two tenants of the authorization tests.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { csvHeader, formatCsvRecord, generateResponses, responseRowToCsvRecord, type AnswerFile, type ResponseRow } from '@crm-maturity/core';
import { bundledExamplesDirectory, bundledQuestionnaire } from '@crm-maturity/questionnaires';
import type { ApiHarness } from './api-server';
import { dataOf } from './graphql-client';

/**
 * The questionnaire the API starts new assessments and re-assessments with:
 * the newest bundled version. Expected values are computed with it.
 */
export function currentQuestionnaire() {
  return bundledQuestionnaire('crm-maturity');
}

/** An example answer file of the newest version, which the API's new assessments use. */
export function readExample(name: 'small-retailer' | 'mid-size-insurer' | 'telecom-operator'): AnswerFile {
  return JSON.parse(readFileSync(join(bundledExamplesDirectory(), `${name}.json`), 'utf8')) as AnswerFile;
}

export type AnswerInput = { questionId: string; value?: unknown; notApplicable?: boolean; evidence?: string; baseRevision?: number };

/** A respondent's answers as the saveAnswers input list. */
export function answerInputs(answers: AnswerFile['respondents'][number]['answers']): AnswerInput[] {
  return Object.entries(answers).map(([questionId, answer]) =>
    'notApplicable' in answer
      ? { questionId, notApplicable: true, ...(answer.evidence ? { evidence: answer.evidence } : {}) }
      : { questionId, value: answer.value, ...(answer.evidence ? { evidence: answer.evidence } : {}) },
  );
}

/** A relay global id, as the API hands them out. */
export function globalId(type: 'Organization' | 'Assessment', rawId: string): string {
  return Buffer.from(`${type}:${rawId}`).toString('base64');
}

/** Well-formed ids (25-character cuids, like the stored ones) of records that do not exist. */
export const missingIds = {
  organization: globalId('Organization', 'cmissingorganization00000'),
  assessment: globalId('Assessment', 'cmissingassessment0000000'),
  user: 'cmissinguser0000000000000',
};

export const startAssessmentMutation = `mutation($organizationId: ID!) { startAssessment(organizationId: $organizationId) { id status } }`;
export const addRespondentMutation = `mutation($assessmentId: ID!, $key: String!, $name: String, $businessUnit: String!) {
  addRespondent(assessmentId: $assessmentId, key: $key, name: $name, businessUnit: $businessUnit) { key businessUnit }
}`;
export const saveAnswersMutation = `mutation($assessmentId: ID!, $respondentKey: String!, $answers: [AnswerInput!]!) {
  saveAnswers(assessmentId: $assessmentId, respondentKey: $respondentKey, answers: $answers) { questionId value notApplicable evidence revision }
}`;
export const submitMutation = `mutation($id: ID!) { submitAssessment(id: $id) { id status submittedAt } }`;
export const reassessMutation = `mutation($assessmentId: ID!, $copyAnswers: Boolean) { reassess(assessmentId: $assessmentId, copyAnswers: $copyAnswers) { id status } }`;

/** Starts an assessment, adds the file's respondents with their answers, and submits it; returns its id. */
export async function submitAnswerFile(api: ApiHarness, token: string, organizationId: string, file: AnswerFile): Promise<string> {
  const { startAssessment } = dataOf(await api.gql(startAssessmentMutation, { organizationId }, token));
  for (const respondent of file.respondents) {
    dataOf(await api.gql(addRespondentMutation, { assessmentId: startAssessment.id, key: respondent.id, name: respondent.name ?? null, businessUnit: respondent.businessUnit }, token));
    dataOf(await api.gql(saveAnswersMutation, { assessmentId: startAssessment.id, respondentKey: respondent.id, answers: answerInputs(respondent.answers) }, token));
  }
  dataOf(await api.gql(submitMutation, { id: startAssessment.id }, token));
  return startAssessment.id as string;
}

export type OrganizationProfile = { name: string; industry: string; sizeBand: string; region: string };

export async function createOrganization(api: ApiHarness, token: string, input: OrganizationProfile): Promise<string> {
  const { createOrganization } = dataOf(await api.gql(`mutation($input: OrganizationInput!) { createOrganization(input: $input) { id } }`, { input }, token));
  return createOrganization.id as string;
}

/** Creates a user with the admin token and returns their id and a token of their own. */
export async function createUserWithToken(api: ApiHarness, input: { name: string; email: string; role: string; organizationId?: string }): Promise<{ id: string; token: string }> {
  const { createUser } = dataOf(
    await api.gql(`mutation($name: String!, $email: String!, $role: Role!, $organizationId: ID) { createUser(name: $name, email: $email, role: $role, organizationId: $organizationId) { id } }`, input, api.tokens.ADMIN),
  );
  const { createApiToken } = dataOf(await api.gql(`mutation($userId: ID!) { createApiToken(userId: $userId, label: "tests") { token } }`, { userId: createUser.id }, api.tokens.ADMIN));
  return { id: createUser.id as string, token: createApiToken.token as string };
}

export type Tenant = {
  organizationId: string;
  /** Two submitted assessments, the second a re-assessment of the first (so it has progress). */
  firstAssessmentId: string;
  secondAssessmentId: string;
  /** A draft with one respondent, "r1". */
  draftId: string;
};

export type Tenants = {
  /** Org A: the consultant is assigned to it and the member belongs to it. */
  own: Tenant;
  /** Org B: nobody but the admin reaches it. */
  other: Tenant;
  consultant: { id: string; token: string };
  member: { id: string; token: string };
};

/** Two tenants with their own assessments, a consultant of A only and a member of A. */
export async function createTenants(api: ApiHarness): Promise<Tenants> {
  const admin = api.tokens.ADMIN;
  const tenant = async (profile: OrganizationProfile, file: AnswerFile): Promise<Tenant> => {
    const organizationId = await createOrganization(api, admin, profile);
    const firstAssessmentId = await submitAnswerFile(api, admin, organizationId, file);
    const { reassess } = dataOf(await api.gql(reassessMutation, { assessmentId: firstAssessmentId }, admin));
    dataOf(await api.gql(submitMutation, { id: reassess.id }, admin));
    const { startAssessment } = dataOf(await api.gql(startAssessmentMutation, { organizationId }, admin));
    dataOf(await api.gql(addRespondentMutation, { assessmentId: startAssessment.id, key: 'r1', businessUnit: 'sales' }, admin));
    return { organizationId, firstAssessmentId, secondAssessmentId: reassess.id, draftId: startAssessment.id };
  };
  const own = await tenant({ name: 'Tenant A Retail', industry: 'RETAIL', sizeBand: 'SMALL', region: 'EUROPE' }, readExample('small-retailer'));
  const other = await tenant({ name: 'Tenant B Insurance', industry: 'INSURANCE', sizeBand: 'LARGE', region: 'NORTH_AMERICA' }, readExample('small-retailer'));
  const consultant = await createUserWithToken(api, { name: 'Consultant of A', email: 'consultant-a@tenants.example', role: 'CONSULTANT' });
  dataOf(await api.gql(`mutation($c: ID!, $o: ID!) { assignConsultant(consultantId: $c, organizationId: $o) }`, { c: consultant.id, o: own.organizationId }, admin));
  const member = await createUserWithToken(api, { name: 'Member of A', email: 'member-a@tenants.example', role: 'MEMBER', organizationId: own.organizationId });
  return { own, other, consultant, member };
}

/** Synthetic benchmark rows for the latest questionnaire, optionally all of one profile. */
export function syntheticRows(count: number, seed: number, profile: Partial<Pick<ResponseRow, 'industry' | 'sizeBand' | 'region' | 'period'>> = {}): ResponseRow[] {
  const questionnaire = currentQuestionnaire();
  return [...generateResponses({ questionnaire, count, seed, periods: ['2026'] })].map((row, index) => ({ ...row, id: `upload-${seed}-${index + 1}`, ...profile }));
}

/** A response-set CSV file (header and one record per row), as the importer reads it. */
export function datasetCsv(rows: ResponseRow[]): string {
  const questionnaire = currentQuestionnaire();
  return [csvHeader(questionnaire), ...rows.map((row) => responseRowToCsvRecord(questionnaire, row))].map(formatCsvRecord).join('\n') + '\n';
}

export const importMutation = `mutation($name: String!, $file: File!, $format: DatasetFormat!) {
  importBenchmarkDataset(name: $name, file: $file, format: $format) { id name rowCount synthetic questionnaireVersion }
}`;

/** Uploads a CSV through importBenchmarkDataset. */
export function importCsv(api: ApiHarness, token: string | null, name: string, csv: string) {
  return api.upload(importMutation, { name, format: 'csv' }, { field: 'file', name: `${name}.csv`, type: 'text/csv', content: csv }, token);
}
