import {
  checkAnswerValue,
  scoreAssessment,
  validateAnswers,
  type AnswerFile,
  type AnswerValue,
  type AssessmentResult,
  type Issue,
} from '@crm-maturity/core';
import type { Viewer } from '../auth/roles';
import type { Db } from '../db';
import { ApiError, forbidden, type ApiErrorDetail } from '../errors';
import { assertOrganizationVisible, requireViewer, visibleAssessment } from './access';
import { latestQuestionnaire, questionnaireVersion } from './questionnaires';

const writers = new Set(['ADMIN', 'CONSULTANT', 'MEMBER']);

function requireWriter(viewer: Viewer | null): Viewer {
  const known = requireViewer(viewer);
  if (!writers.has(known.role)) throw forbidden(`a ${known.role.toLowerCase()} cannot change assessments`);
  return known;
}

async function draftAssessment(db: Db, viewer: Viewer | null, assessmentId: string) {
  requireWriter(viewer);
  const assessment = await visibleAssessment(db, viewer, assessmentId);
  if (assessment.status !== 'DRAFT') {
    throw new ApiError('ASSESSMENT_NOT_DRAFT', `assessment ${assessmentId} is submitted; start a re-assessment to change answers`);
  }
  return assessment;
}

export async function startAssessment(db: Db, viewer: Viewer | null, input: { organizationId: string; questionnaireVersion?: string | null }) {
  const writer = requireWriter(viewer);
  await assertOrganizationVisible(db, viewer, input.organizationId);
  const questionnaire = input.questionnaireVersion ? questionnaireVersion('crm-maturity', input.questionnaireVersion) : latestQuestionnaire();
  const previous = await db.assessment.findFirst({
    where: { organizationId: input.organizationId, status: 'SUBMITTED' },
    orderBy: [{ submittedAt: 'desc' }, { id: 'desc' }],
    select: { id: true },
  });
  return db.assessment.create({
    data: {
      organizationId: input.organizationId,
      questionnaireId: questionnaire.id,
      questionnaireVersion: questionnaire.version,
      previousId: previous?.id ?? null,
      createdById: writer.userId,
    },
  });
}

/**
 * A new draft that re-assesses a submitted one: same organization, the
 * latest questionnaire, the same respondents and (by default) their answers
 * as a starting point. Progress is measured against the earlier one.
 */
export async function reassess(db: Db, viewer: Viewer | null, input: { assessmentId: string; copyAnswers?: boolean | null }) {
  const writer = requireWriter(viewer);
  const earlier = await visibleAssessment(db, viewer, input.assessmentId);
  if (earlier.status !== 'SUBMITTED') throw new ApiError('ASSESSMENT_NOT_DRAFT', `assessment ${earlier.id} is still a draft: submit it before re-assessing`);
  const questionnaire = latestQuestionnaire();
  const respondents = await db.respondent.findMany({ where: { assessmentId: earlier.id }, include: { answers: true }, orderBy: { createdAt: 'asc' } });
  const known = new Set(questionnaire.questions.map((q) => q.id));
  return db.assessment.create({
    data: {
      organizationId: earlier.organizationId,
      questionnaireId: questionnaire.id,
      questionnaireVersion: questionnaire.version,
      previousId: earlier.id,
      createdById: writer.userId,
      respondents: {
        create: respondents.map((r) => ({
          key: r.key,
          name: r.name,
          businessUnit: r.businessUnit,
          answers:
            input.copyAnswers === false
              ? undefined
              : { create: r.answers.filter((a) => known.has(a.questionId)).map((a) => ({ questionId: a.questionId, value: a.value, notApplicable: a.notApplicable, evidence: a.evidence })) },
        })),
      },
    },
  });
}

export async function addRespondent(db: Db, viewer: Viewer | null, input: { assessmentId: string; key: string; name?: string | null; businessUnit: string }) {
  const assessment = await draftAssessment(db, viewer, input.assessmentId);
  const existing = await db.respondent.findUnique({ where: { assessmentId_key: { assessmentId: assessment.id, key: input.key } } });
  if (existing) {
    // Retrying the same call is fine; reusing a key for someone else is not.
    if (existing.businessUnit === input.businessUnit && (existing.name ?? null) === (input.name ?? null)) return existing;
    throw new ApiError('CONFLICT', `respondent "${input.key}" already exists in this assessment with other details`, [{ field: 'key', value: input.key, message: 'already used' }]);
  }
  return db.respondent.create({ data: { assessmentId: assessment.id, key: input.key, name: input.name ?? null, businessUnit: input.businessUnit } });
}

export type AnswerInput = {
  questionId: string;
  value?: unknown;
  notApplicable?: boolean | null;
  evidence?: string | null;
  /** The revision the client last read; a newer stored revision with a different value is a conflict. */
  baseRevision?: number | null;
};

/**
 * Saves a respondent's answers: every answer is checked first (all
 * problems reported together, nothing written if any), then each is upserted
 * in one transaction. Sending the same answer again changes nothing, so a
 * retry is safe; an answer changed since `baseRevision` is refused.
 */
export async function saveAnswers(db: Db, viewer: Viewer | null, input: { assessmentId: string; respondentKey: string; answers: AnswerInput[] }) {
  const assessment = await draftAssessment(db, viewer, input.assessmentId);
  const questionnaire = questionnaireVersion(assessment.questionnaireId, assessment.questionnaireVersion);
  const respondent = await db.respondent.findUnique({ where: { assessmentId_key: { assessmentId: assessment.id, key: input.respondentKey } } });
  if (!respondent) {
    throw new ApiError('NOT_FOUND', `no respondent "${input.respondentKey}" in assessment ${assessment.id}; add it first`, [{ field: 'respondentKey', value: input.respondentKey, message: 'unknown respondent' }]);
  }
  const byId = new Map(questionnaire.questions.map((q) => [q.id, q]));
  const problems: ApiErrorDetail[] = [];
  const seen = new Set<string>();
  input.answers.forEach((answer, index) => {
    const at = { path: ['answers', index], questionId: answer.questionId, respondentKey: input.respondentKey };
    const question = byId.get(answer.questionId);
    if (seen.has(answer.questionId)) problems.push({ ...at, code: 'DUPLICATE_ANSWER', message: `${answer.questionId}: answered twice in one save` });
    seen.add(answer.questionId);
    if (!question) {
      problems.push({ ...at, code: 'UNKNOWN_QUESTION', value: answer.questionId, message: `${answer.questionId}: no such question in ${questionnaire.id} ${questionnaire.version}` });
      return;
    }
    if (answer.notApplicable) {
      if (answer.value !== undefined && answer.value !== null) problems.push({ ...at, code: 'WRONG_TYPE', value: answer.value, message: `${answer.questionId}: give a value or notApplicable, not both` });
      if (!question.allowNotApplicable) problems.push({ ...at, code: 'NOT_APPLICABLE_NOT_ALLOWED', value: { notApplicable: true }, message: `${answer.questionId}: "not applicable" is not allowed for this question` });
      return;
    }
    if (answer.value === undefined || answer.value === null) {
      problems.push({ ...at, code: 'WRONG_TYPE', value: null, message: `${answer.questionId}: a value is required (or notApplicable: true)` });
      return;
    }
    for (const problem of checkAnswerValue(question, answer.value)) {
      problems.push({ ...at, code: problem.code, value: problem.value, message: `${answer.questionId}: ${problem.message}` });
    }
  });
  if (problems.length) throw new ApiError('INVALID_ANSWERS', `${problems.length} answer${problems.length === 1 ? ' is' : 's are'} invalid; nothing was saved`, problems);

  return db.$transaction(async (tx) => {
    const stale: ApiErrorDetail[] = [];
    const saved = [];
    for (const answer of input.answers) {
      const value = answer.notApplicable ? null : JSON.stringify(answer.value);
      const notApplicable = Boolean(answer.notApplicable);
      const evidence = answer.evidence ?? null;
      const existing = await tx.answer.findUnique({ where: { respondentId_questionId: { respondentId: respondent.id, questionId: answer.questionId } } });
      if (existing && existing.value === value && existing.notApplicable === notApplicable && existing.evidence === evidence) {
        saved.push(existing);
        continue;
      }
      if (existing && answer.baseRevision != null && existing.revision > answer.baseRevision) {
        stale.push({ questionId: answer.questionId, respondentKey: input.respondentKey, value: existing.revision, message: `${answer.questionId}: changed to revision ${existing.revision} since revision ${answer.baseRevision} was read` });
        continue;
      }
      saved.push(
        existing
          ? await tx.answer.update({ where: { id: existing.id }, data: { value, notApplicable, evidence, revision: existing.revision + 1 } })
          : await tx.answer.create({ data: { respondentId: respondent.id, questionId: answer.questionId, value, notApplicable, evidence } }),
      );
    }
    // Thrown inside the transaction, so the answers saved above are rolled back too.
    if (stale.length) throw new ApiError('STALE_ANSWER', `${stale.length} answer(s) changed since you read them; reload and retry`, stale);
    await tx.assessment.update({ where: { id: assessment.id }, data: { updatedAt: new Date() } });
    return saved;
  });
}

/** The assessment's answers as a core answer file. */
export async function answerFileOf(db: Db, assessmentId: string): Promise<AnswerFile> {
  const assessment = await db.assessment.findUniqueOrThrow({
    where: { id: assessmentId },
    include: { organization: true, respondents: { include: { answers: true }, orderBy: [{ createdAt: 'asc' }, { key: 'asc' }] } },
  });
  return {
    questionnaire: { id: assessment.questionnaireId, version: assessment.questionnaireVersion },
    organization: {
      name: assessment.organization.name,
      industry: assessment.organization.industry as never,
      sizeBand: assessment.organization.sizeBand as never,
      region: assessment.organization.region as never,
    },
    assessedAt: (assessment.submittedAt ?? assessment.updatedAt).toISOString().slice(0, 10),
    respondents: assessment.respondents.map((r) => ({
      id: r.key,
      ...(r.name ? { name: r.name } : {}),
      businessUnit: r.businessUnit,
      answers: Object.fromEntries(
        [...r.answers]
          .sort((a, b) => a.questionId.localeCompare(b.questionId))
          .map((a) => [a.questionId, a.notApplicable ? { notApplicable: true as const, ...(a.evidence ? { evidence: a.evidence } : {}) } : { value: JSON.parse(a.value!) as AnswerValue, ...(a.evidence ? { evidence: a.evidence } : {}) }]),
      ),
    })),
  };
}

/** Scores a draft as it stands (partial answers allowed), without storing anything. */
export async function draftResult(db: Db, assessmentId: string): Promise<AssessmentResult> {
  const file = await answerFileOf(db, assessmentId);
  const questionnaire = questionnaireVersion(file.questionnaire.id, file.questionnaire.version);
  if (file.respondents.length === 0) file.respondents.push({ id: 'none', businessUnit: 'none', answers: {} });
  const validation = validateAnswers(questionnaire, file, { completeness: 'partial' });
  if (!validation.ok) throw new ApiError('INVALID_ANSWERS', 'the stored answers no longer validate', validation.issues.map(detailOf));
  return scoreAssessment(questionnaire, validation.answers);
}

/**
 * Submits a draft: checks completeness, scores through core, and stores the
 * result with the questionnaire version and fingerprint, all or nothing.
 */
export async function submitAssessment(db: Db, viewer: Viewer | null, assessmentId: string) {
  const assessment = await draftAssessment(db, viewer, assessmentId);
  const file = await answerFileOf(db, assessment.id);
  const questionnaire = questionnaireVersion(file.questionnaire.id, file.questionnaire.version);
  if (file.respondents.length === 0) throw new ApiError('INCOMPLETE_ASSESSMENT', 'add at least one respondent and their answers before submitting');
  const validation = validateAnswers(questionnaire, file, { completeness: 'complete' });
  if (!validation.ok) {
    const missing = validation.issues.filter((i) => i.code === 'MISSING_REQUIRED');
    const code = missing.length === validation.issues.length ? 'INCOMPLETE_ASSESSMENT' : 'INVALID_ANSWERS';
    throw new ApiError(code, `${validation.issues.length} problem(s) stop the submission${missing.length ? `; ${missing.length} required question(s) unanswered` : ''}`, validation.issues.map(detailOf));
  }
  const result = scoreAssessment(questionnaire, validation.answers);
  return db.$transaction(async (tx) => {
    // Re-check inside the transaction: a concurrent submit must not store two results.
    const current = await tx.assessment.findUniqueOrThrow({ where: { id: assessment.id } });
    if (current.status !== 'DRAFT') throw new ApiError('ASSESSMENT_NOT_DRAFT', `assessment ${assessment.id} was submitted meanwhile`);
    await tx.storedResult.create({
      data: {
        assessmentId: assessment.id,
        questionnaireVersion: result.questionnaire.version,
        fingerprint: result.questionnaire.fingerprint,
        overallScore: result.overall.score,
        overallLevel: result.overall.level.id,
        result: JSON.stringify(result),
      },
    });
    return tx.assessment.update({ where: { id: assessment.id }, data: { status: 'SUBMITTED', submittedAt: new Date() } });
  });
}

export function detailOf(issue: Issue): ApiErrorDetail {
  return {
    code: issue.code,
    message: issue.message,
    path: issue.path,
    ...(issue.questionId ? { questionId: issue.questionId } : {}),
    ...(issue.respondentId ? { respondentKey: issue.respondentId } : {}),
    ...(issue.value !== undefined ? { value: issue.value } : {}),
  };
}
