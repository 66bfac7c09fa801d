import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateResponses, type AnswerFile } from '@crm-maturity/core';
import { bundledExamplesDirectory } from '@crm-maturity/questionnaires';
import type { Viewer } from '../auth/roles';
import type { Db } from '../db';
import { addRespondent, saveAnswers, startAssessment, submitAssessment } from './assessments';
import { importDataset } from './benchmarks';
import { publishRelease } from './releases';
import { defaultTokenPolicy, type TokenPolicy } from '../auth/token-policy';
import { issueToken } from './api-tokens';

export type DemoSeed = { created: boolean; tokens: { role: string; email: string; token: string }[] };

/**
 * Fills an empty database with a demo: an admin, a consultant, a researcher
 * and a member; the bundled example organizations, assigned to the
 * consultant, each with a submitted assessment (the retailer also with an
 * earlier one, so progress shows); and a synthetic benchmark of
 * `benchmarkSize` organizations with its first published release. Does
 * nothing when users exist already.
 */
export async function seedDemo(db: Db, options: { benchmarkSize?: number; minCohortSize?: number; tokenPolicy?: TokenPolicy } = {}): Promise<DemoSeed> {
  if ((await db.user.count()) > 0) return { created: false, tokens: [] };
  const admin = await db.user.create({ data: { name: 'Demo Admin', email: 'admin@demo.example', role: 'ADMIN' } });
  const consultant = await db.user.create({ data: { name: 'Demo Consultant', email: 'consultant@demo.example', role: 'CONSULTANT' } });
  const researcher = await db.user.create({ data: { name: 'Demo Researcher', email: 'researcher@demo.example', role: 'RESEARCHER' } });
  const asAdmin: Viewer = { userId: admin.id, role: 'ADMIN', name: admin.name, organizationId: null };

  const examples = readdirSync(bundledExamplesDirectory()).filter((f) => f.endsWith('.json')).sort();
  let firstOrganizationId: string | null = null;
  for (const name of examples) {
    const file = JSON.parse(readFileSync(join(bundledExamplesDirectory(), name), 'utf8')) as AnswerFile;
    const organization = await db.organization.create({
      data: {
        name: file.organization.name,
        industry: file.organization.industry ?? 'other',
        sizeBand: file.organization.sizeBand ?? 'medium',
        region: file.organization.region ?? 'europe',
        consultants: { create: { consultantId: consultant.id } },
      },
    });
    firstOrganizationId ??= organization.id;
    if (name === 'small-retailer.json') await submitFile(db, asAdmin, organization.id, earlierVersionOf(file));
    await submitFile(db, asAdmin, organization.id, file);
  }
  const member = await db.user.create({ data: { name: 'Demo Member', email: 'member@demo.example', role: 'MEMBER', organizationId: firstOrganizationId } });

  const questionnaire = (await import('./questionnaires')).latestQuestionnaire();
  const rows = [...generateResponses({ questionnaire, count: options.benchmarkSize ?? 3000, seed: 1, periods: ['2025', '2026'] })];
  await importDataset(
    db,
    asAdmin,
    { name: 'Synthetic demo benchmark', description: 'Generated organizations calibrated to the published figures (seed 1). Not real data.', format: 'jsonl', chunks: [rows.map((r) => JSON.stringify(r)).join('\n')] },
  );
  await publishRelease(db, asAdmin, { questionnaire, mode: 'EXACT', minSize: options.minCohortSize ?? 5 });

  const tokens = [];
  for (const user of [admin, consultant, researcher, member]) {
    tokens.push({ role: user.role, email: user.email, token: (await issueToken(db, options.tokenPolicy ?? defaultTokenPolicy, { userId: user.id, label: 'demo' })).token });
  }
  return { created: true, tokens };
}

async function submitFile(db: Db, viewer: Viewer, organizationId: string, file: AnswerFile): Promise<void> {
  const assessment = await startAssessment(db, viewer, { organizationId, questionnaireVersion: file.questionnaire.version });
  for (const respondent of file.respondents) {
    await addRespondent(db, viewer, { assessmentId: assessment.id, key: respondent.id, name: respondent.name ?? null, businessUnit: respondent.businessUnit });
    const answers = Object.entries(respondent.answers).map(([questionId, answer]) =>
      'notApplicable' in answer ? { questionId, notApplicable: true, evidence: answer.evidence ?? null } : { questionId, value: answer.value, evidence: answer.evidence ?? null },
    );
    await saveAnswers(db, viewer, { assessmentId: assessment.id, respondentKey: respondent.id, answers });
  }
  await submitAssessment(db, viewer, assessment.id);
}

/** The retailer a year earlier: the same answers, but a few practices not yet in place. */
function earlierVersionOf(file: AnswerFile): AnswerFile {
  const earlier = structuredClone(file);
  const answers = earlier.respondents[0]!.answers;
  if (answers['information.customer-data-sources']) answers['information.customer-data-sources'] = { value: 12 };
  if (answers['process.voice-of-customer-programme']) answers['process.voice-of-customer-programme'] = { value: 'none' };
  if (answers['people.executive-customer-review']) answers['people.executive-customer-review'] = { value: 'never' };
  return earlier;
}
