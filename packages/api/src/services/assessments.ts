import {
  checkAnswerValue,
  CrmMaturityError,
  issueDetail,
  scoreAssessment,
  validateAnswers,
  type AnswerFile,
  type AnswerValue,
  type AssessmentResult,
  type ErrorDetail,
  type Questionnaire,
  storeResult,
} from '@crm-maturity/core';
import { randomUUID } from 'node:crypto';
import type { Viewer } from '../auth/roles';
import type { Db, DbTransaction } from '../db';
import { forbidden, notFound } from '../errors';
import { Prisma } from '../generated/sqlite/client';
import { assertOrganizationVisible, requireViewer, visibleAssessment, visibleAssessmentWhere } from './access';
import { latestQuestionnaire, questionnaireVersion, questionsById } from './questionnaires';

const writers = new Set(['ADMIN', 'CONSULTANT', 'MEMBER']);

function requireWriter(viewer: Viewer | null): Viewer {
  const known = requireViewer(viewer);
  if (!writers.has(known.role)) throw forbidden(`a ${known.role.toLowerCase()} cannot change assessments`);
  return known;
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
  if (earlier.status !== 'SUBMITTED') throw new CrmMaturityError('ASSESSMENT_NOT_DRAFT', `assessment ${earlier.id} is still a draft: submit it before re-assessing`);
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
  requireWriter(viewer);
  const assessment = await visibleAssessment(db, viewer, input.assessmentId);
  return db.$transaction(async (tx) => {
    await lockDraft(tx, viewer!, assessment.id);
    const existing = await tx.respondent.findUnique({ where: { assessmentId_key: { assessmentId: assessment.id, key: input.key } } });
    if (existing) {
      // Retrying the same call is fine; reusing a key for someone else is not.
      if (existing.businessUnit === input.businessUnit && (existing.name ?? null) === (input.name ?? null)) return existing;
      throw new CrmMaturityError('CONFLICT', `respondent "${input.key}" already exists in this assessment with other details`, [{ field: 'key', value: input.key, message: 'already used' }]);
    }
    return tx.respondent.create({ data: { assessmentId: assessment.id, key: input.key, name: input.name ?? null, businessUnit: input.businessUnit } });
  });
}

/**
 * The check that an assessment is a draft, made part of a write: the first
 * statement of every transaction that changes a draft is this conditional
 * update. It locks the assessment's row until commit (on PostgreSQL a row
 * lock, on SQLite the whole file through BEGIN IMMEDIATE), so the writes to
 * one assessment take turns, and a submission that committed first makes
 * it match no row: ASSESSMENT_NOT_DRAFT, never a write after submission.
 * The viewer's visibility rule is in the same WHERE; returns the draft's
 * questionnaire version.
 */
async function lockDraft(tx: DbTransaction, viewer: Viewer, assessmentId: string, data: { status?: 'SUBMITTED' } = {}) {
  // Visibility is part of the same statement, so a write needs no read of the assessment before it.
  const [locked] = await tx.assessment.updateManyAndReturn({
    where: { ...visibleAssessmentWhere(viewer, assessmentId), status: 'DRAFT' },
    data: { ...data, updatedAt: new Date() },
    select: { id: true, questionnaireId: true, questionnaireVersion: true },
  });
  if (locked) return locked;
  // Another tenant's assessment answers exactly like one that does not exist.
  const visible = await tx.assessment.count({ where: visibleAssessmentWhere(viewer, assessmentId) });
  throw visible ? notDraft(assessmentId) : notFound('assessment', assessmentId);
}

const notDraft = (assessmentId: string) => new CrmMaturityError('ASSESSMENT_NOT_DRAFT', `assessment ${assessmentId} is submitted; start a re-assessment to change answers`);

export type AnswerInput = {
  questionId: string;
  value?: unknown;
  notApplicable?: boolean | null;
  evidence?: string | null;
  /** The revision the client last read; a newer stored revision with a different value is a conflict. */
  baseRevision?: number | null;
};

/**
 * Saves a respondent's answers, in one transaction that first takes the
 * draft's lock (see lockDraft: visibility and draft status in the same
 * statement): every answer is checked (all problems reported together,
 * nothing written if any), then compared with the stored ones and written
 * in one statement. Sending the stored answer
 * again changes nothing, so a retry is safe. A change must name the
 * revision it was based on: `baseRevision` equal to the stored revision, or
 * none (or 0) for a question not answered yet. Anything else is
 * STALE_ANSWER, and nothing of that save is written; so of two clients that
 * save from the same revision (or both answer a question first), exactly
 * one wins.
 */
export async function saveAnswers(db: Db, viewer: Viewer | null, input: { assessmentId: string; respondentKey: string; answers: AnswerInput[] }) {
  const writer = requireWriter(viewer);
  return db.$transaction(async (tx) => {
    // Checked in this order: visible (NOT_FOUND), a draft (ASSESSMENT_NOT_DRAFT), then the answers; a refusal rolls the lock's update back.
    const assessment = await lockDraft(tx, writer, input.assessmentId);
    const questionnaire = questionnaireVersion(assessment.questionnaireId, assessment.questionnaireVersion);
    const problems = answerProblems(questionnaire, `${questionnaire.id} ${questionnaire.version}`, input.respondentKey, input.answers);
    if (problems.length) throw new CrmMaturityError('INVALID_ANSWERS', `${problems.length} answer${problems.length === 1 ? ' is' : 's are'} invalid; nothing was saved`, problems);
    // The respondent and the stored answers to the questions of this save, in one query.
    const respondent = await tx.respondent.findUnique({
      where: { assessmentId_key: { assessmentId: assessment.id, key: input.respondentKey } },
      select: { id: true, answers: { where: { questionId: { in: input.answers.map((a) => a.questionId) } } } },
    });
    if (!respondent) {
      throw new CrmMaturityError('NOT_FOUND', `no respondent "${input.respondentKey}" in assessment ${assessment.id}; add it first`, [{ field: 'respondentKey', value: input.respondentKey, message: 'unknown respondent' }]);
    }
    const stored = new Map(respondent.answers.map((a) => [a.questionId, a]));
    const stale: ErrorDetail[] = [];
    const writes: AnswerWrite[] = [];
    for (const answer of input.answers) {
      const value = answer.notApplicable ? null : JSON.stringify(answer.value);
      const notApplicable = Boolean(answer.notApplicable);
      const evidence = answer.evidence ?? null;
      const existing = stored.get(answer.questionId);
      if (existing && existing.value === value && existing.notApplicable === notApplicable && existing.evidence === evidence) continue;
      const base = answer.baseRevision ?? 0;
      const current = existing?.revision ?? 0;
      if (base !== current) {
        stale.push({ questionId: answer.questionId, respondentKey: input.respondentKey, value: current, message: staleMessage(answer.questionId, current, base) });
        continue;
      }
      writes.push({ id: existing?.id ?? randomUUID(), questionId: answer.questionId, value, notApplicable, evidence, revision: current + 1 });
    }
    // Thrown inside the transaction, so nothing of this save is written.
    if (stale.length) throw new CrmMaturityError('STALE_ANSWER', `${stale.length} answer(s) changed since you read them; reload and retry`, stale);
    const now = new Date();
    const written = await writeAnswers(tx, respondent.id, writes, now);
    // The lock makes this impossible; checked anyway, because a lost update would be silent.
    if (written !== writes.length) throw new CrmMaturityError('STALE_ANSWER', `${writes.length - written} answer(s) changed while saving; reload and retry`);
    // Every written row is exactly what was sent (all of it, under the lock), so the answer is built from it rather than read back.
    for (const w of writes) stored.set(w.questionId, { ...w, respondentId: respondent.id, updatedAt: now });
    return input.answers.map((a) => stored.get(a.questionId)!);
  });
}

function staleMessage(questionId: string, current: number, base: number): string {
  if (base === 0) return `${questionId}: answered meanwhile (revision ${current}); read it and send baseRevision ${current} to change it`;
  if (current === 0) return `${questionId}: has no stored answer, but baseRevision ${base} was sent; send none to answer it first`;
  return `${questionId}: changed to revision ${current} since revision ${base} was read`;
}

type AnswerWrite = { id: string; questionId: string; value: string | null; notApplicable: boolean; evidence: string | null; revision: number };

/**
 * Inserts new answers and updates changed ones in one statement, each
 * update only if the stored revision is still the one it was based on
 * (revision - 1). Returns how many rows were written; fewer than given
 * means an answer changed in between. The same SQL runs on SQLite (3.35+)
 * and PostgreSQL.
 */
async function writeAnswers(tx: DbTransaction, respondentId: string, writes: AnswerWrite[], now: Date): Promise<number> {
  if (writes.length === 0) return 0;
  const rows = writes.map((w) => Prisma.sql`(${w.id}, ${respondentId}, ${w.questionId}, ${w.value}, ${w.notApplicable}, ${w.evidence}, ${w.revision}, ${now})`);
  return tx.$executeRaw`
    INSERT INTO "Answer" ("id", "respondentId", "questionId", "value", "notApplicable", "evidence", "revision", "updatedAt")
    VALUES ${Prisma.join(rows)}
    ON CONFLICT ("respondentId", "questionId") DO UPDATE SET
      "value" = excluded."value", "notApplicable" = excluded."notApplicable", "evidence" = excluded."evidence",
      "revision" = excluded."revision", "updatedAt" = excluded."updatedAt"
    WHERE "Answer"."revision" = excluded."revision" - 1`;
}

/** Every problem of a save's answers, checked against the questionnaire before anything is read or written. */
function answerProblems(questionnaire: Questionnaire, questionnaireName: string, respondentKey: string, answers: AnswerInput[]): ErrorDetail[] {
  const byId = questionsById(questionnaire);
  const problems: ErrorDetail[] = [];
  const seen = new Set<string>();
  answers.forEach((answer, index) => {
    const at = { path: ['answers', index], questionId: answer.questionId, respondentKey };
    const question = byId.get(answer.questionId);
    if (seen.has(answer.questionId)) problems.push({ ...at, code: 'DUPLICATE_ANSWER', message: `${answer.questionId}: answered twice in one save` });
    seen.add(answer.questionId);
    if (!question) {
      problems.push({ ...at, code: 'UNKNOWN_QUESTION', value: answer.questionId, message: `${answer.questionId}: no such question in ${questionnaireName}` });
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
  return problems;
}

/** The assessment's answers as a core answer file. */
export async function answerFileOf(db: DbTransaction, assessmentId: string): Promise<AnswerFile> {
  const assessment = await db.assessment.findUniqueOrThrow({
    where: { id: assessmentId },
    // Only the columns an answer file has: a submission reads every answer, and Prisma maps each column of each row.
    select: {
      questionnaireId: true,
      questionnaireVersion: true,
      submittedAt: true,
      updatedAt: true,
      organization: { select: { name: true, industry: true, sizeBand: true, region: true } },
      respondents: {
        select: { key: true, name: true, businessUnit: true, answers: { select: { questionId: true, value: true, notApplicable: true, evidence: true } } },
        orderBy: [{ createdAt: 'asc' }, { key: 'asc' }],
      },
    },
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
  // A draft is scored as it stands, contradictions between answers included; submission refuses them.
  const validation = validateAnswers(questionnaire, file, { completeness: 'partial', consistency: 'skip' });
  if (!validation.ok) throw new CrmMaturityError('INVALID_ANSWERS', 'the stored answers no longer validate', validation.issues.map(issueDetail));
  return scoreAssessment(questionnaire, validation.answers);
}

/**
 * Submits a draft, all or nothing, in one transaction: first the status
 * flips from DRAFT to SUBMITTED (a conditional update that locks the
 * assessment, see lockDraft; a concurrent submission or save waits, then
 * finds no draft), then the answers are read, checked for completeness,
 * scored through core and stored with the questionnaire version and
 * fingerprint. So the stored result is exactly the score of the answers
 * stored at submission, and no answer changes after it. A refused
 * submission (incomplete, invalid) rolls the status back with the rest.
 */
export async function submitAssessment(db: Db, viewer: Viewer | null, assessmentId: string) {
  const writer = requireWriter(viewer);
  return db.$transaction(async (tx) => {
    const assessment = await lockDraft(tx, writer, assessmentId, { status: 'SUBMITTED' });
    // Timed once the lock is held, so it is later than every save that committed before this submission.
    const submitted = await tx.assessment.update({ where: { id: assessment.id }, data: { submittedAt: new Date() } });
    const file = await answerFileOf(tx, assessment.id);
    const questionnaire = questionnaireVersion(file.questionnaire.id, file.questionnaire.version);
    if (file.respondents.length === 0) throw new CrmMaturityError('INCOMPLETE_ASSESSMENT', 'add at least one respondent and their answers before submitting');
    const validation = validateAnswers(questionnaire, file, { completeness: 'complete' });
    if (!validation.ok) {
      const missing = validation.issues.filter((i) => i.code === 'MISSING_REQUIRED');
      const code = missing.length === validation.issues.length ? 'INCOMPLETE_ASSESSMENT' : 'INVALID_ANSWERS';
      throw new CrmMaturityError(code, `${validation.issues.length} problem(s) stop the submission${missing.length ? `; ${missing.length} required question(s) unanswered` : ''}`, validation.issues.map(issueDetail));
    }
    const result = scoreAssessment(questionnaire, validation.answers);
    await tx.storedResult.create({
      data: {
        assessmentId: assessment.id,
        questionnaireVersion: result.questionnaire.version,
        fingerprint: result.questionnaire.fingerprint,
        overallScore: result.overall.score,
        overallLevel: result.overall.level.id,
        result: storeResult(result),
      },
      // Not the stored JSON back again.
      select: { id: true },
    });
    // Storing the result does not touch the assessment's row: this is the row as committed.
    return submitted;
  });
}
