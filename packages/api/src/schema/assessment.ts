import {
  buildRoadmap,
  compareWithPublished,
  measureProgress,
  type LevelId,
  displayTextSchema,
} from '@crm-maturity/core';
import { z } from 'zod';
import { builder } from '../builder';
import { notFound } from '../errors';
import { visibleAssessmentWhere } from '../services/access';
import { addRespondent, reassess, saveAnswers, startAssessment, submitAssessment } from '../services/assessments';
import { cohortComparisonOf, resultOf } from '../services/assessment-results';
import { questionnaireVersion } from '../services/questionnaires';
import { CohortFilterInput, toCohortFilter } from './cohort-filter';
import { decodeId } from './organization';
import { DimensionIdEnum, LevelIdEnum, QuestionnaireRef } from './questionnaire';
import { AssessmentResultRef, CohortComparisonRef, ProgressRef, PublishedComparisonRef, RoadmapRef } from './result';

export const AssessmentStatusEnum = builder.enumType('AssessmentStatus', { values: ['DRAFT', 'SUBMITTED'] as const });

const AnswerObject = builder.prismaObject('Answer', {
  fields: (t) => ({
    questionId: t.exposeString('questionId'),
    value: t.field({ type: 'JSON', nullable: true, resolve: (a) => (a.value === null ? null : JSON.parse(a.value)) }),
    notApplicable: t.exposeBoolean('notApplicable'),
    evidence: t.exposeString('evidence', { nullable: true }),
    revision: t.exposeInt('revision'),
    updatedAt: t.expose('updatedAt', { type: 'DateTime' }),
  }),
});

builder.prismaObject('Respondent', {
  fields: (t) => ({
    key: t.exposeString('key'),
    name: t.exposeString('name', { nullable: true }),
    businessUnit: t.exposeString('businessUnit'),
    answers: t.relation('answers', { query: { orderBy: { questionId: 'asc' } } }),
  }),
});

/** The stored result's JSON, loaded with the assessment (in the same Prisma query) by every field that needs the result. */
const storedResultSelection = { result: { select: { result: true } } } as const;

export const AssessmentNode = builder.prismaNode('Assessment', {
  id: { field: 'id' },
  // As for Organization: node(id) must not reach another tenant's assessment.
  findUnique: (id, context) => visibleAssessmentWhere(context.viewer, id),
  fields: (t) => ({
    organization: t.relation('organization'),
    status: t.field({ type: AssessmentStatusEnum, resolve: (a) => a.status as 'DRAFT' | 'SUBMITTED' }),
    questionnaire: t.field({ type: QuestionnaireRef, resolve: (a) => questionnaireVersion(a.questionnaireId, a.questionnaireVersion) }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime' }),
    submittedAt: t.expose('submittedAt', { type: 'DateTime', nullable: true }),
    previous: t.relation('previous', { nullable: true }),
    respondents: t.relation('respondents', { query: { orderBy: [{ createdAt: 'asc' }, { key: 'asc' }] } }),
    result: t.field({
      type: AssessmentResultRef,
      select: storedResultSelection,
      description: 'The stored result once submitted (exactly as scored then); for a draft, the answers so far scored as they stand.',
      resolve: (a, _args, context) => resultOf(context, a),
    }),
    roadmap: t.field({
      type: RoadmapRef,
      select: storedResultSelection,
      description: 'The fewest answer changes that lift the organization (or one dimension) to the next level, or to `targetLevel`.',
      args: { dimension: t.arg({ type: DimensionIdEnum, required: false }), targetLevel: t.arg({ type: LevelIdEnum, required: false }) },
      resolve: async (a, args, context) => {
        const result = await resultOf(context, a);
        const questionnaire = questionnaireVersion(a.questionnaireId, a.questionnaireVersion);
        return buildRoadmap(questionnaire, result, { scope: args.dimension ?? 'overall', ...(args.targetLevel ? { targetLevel: args.targetLevel as LevelId } : {}) });
      },
    }),
    progress: t.field({
      type: ProgressRef,
      nullable: true,
      description: 'Change since the previous assessment of the organization (null for a first assessment), against a target level.',
      args: { targetLevel: t.arg({ type: LevelIdEnum, required: false }) },
      resolve: async (a, args, context) => {
        if (!a.previousId) return null;
        const previous = await context.db.assessment.findUniqueOrThrow({ where: { id: a.previousId }, include: storedResultSelection });
        const questionnaire = questionnaireVersion(a.questionnaireId, a.questionnaireVersion);
        // The previous assessment is of the same organization by construction (previousId); its name may have changed since.
        const progress = measureProgress(questionnaire, await resultOf(context, previous), await resultOf(context, a), {
          sameOrganization: true,
          ...(args.targetLevel ? { targetLevel: args.targetLevel as LevelId } : {}),
        });
        return { ...progress, previousAssessmentId: previous.id };
      },
    }),
    published: t.field({
      type: [PublishedComparisonRef],
      select: storedResultSelection,
      description: 'The organization next to every published research figure.',
      resolve: async (a, _args, context) => compareWithPublished(questionnaireVersion(a.questionnaireId, a.questionnaireVersion), await resultOf(context, a)),
    }),
    comparison: t.field({
      type: CohortComparisonRef,
      select: storedResultSelection,
      description:
        'The organization against a benchmark cohort (the total, or a cell of one or two profile fields) of a published benchmark release: the latest exact one unless `release` names another. A cohort the release does not show answers status "unavailable", alike for every reason. Percentile ranks are given for submitted assessments only.',
      args: {
        cohort: t.arg({ type: CohortFilterInput, required: false }),
        release: t.arg.int({ required: false, description: 'The release number; the latest exact release when left out.' }),
      },
      resolve: (a, args, context) => cohortComparisonOf(context, a, toCohortFilter(args.cohort), undefined, args.release ?? null),
    }),
  }),
});

const AnswerInput = builder.inputType('AnswerInput', {
  fields: (t) => ({
    questionId: t.string({ required: true }),
    value: t.field({ type: 'JSON', required: false, description: 'The answer; omit it when notApplicable is true.' }),
    notApplicable: t.boolean({ required: false }),
    evidence: t.string({ required: false, validate: displayTextSchema({ max: 4000, min: 0, multiline: true }) }),
    baseRevision: t.int({ required: false, description: 'The revision of the answer you last read; omit it (or 0) for a question not answered yet. A change based on any other revision is refused with STALE_ANSWER.' }),
  }),
});

const writerRoles = ['ADMIN', 'CONSULTANT', 'MEMBER'] as const;

builder.queryFields((t) => ({
  assessment: t.prismaField({
    type: 'Assessment',
    authScopes: { role: [...writerRoles] },
    args: { id: t.arg.id({ required: true }) },
    resolve: async (query, _root, args, context) => {
      // One query: the visibility rule is part of the where, and Pothos's selection (the stored result too) is loaded with it.
      const id = decodeId(args.id, 'Assessment');
      const found = await context.db.assessment.findFirst({ ...query, where: visibleAssessmentWhere(context.viewer, id) });
      if (!found) throw notFound('assessment', id);
      return found;
    },
  }),
}));

builder.mutationFields((t) => ({
  startAssessment: t.prismaField({
    type: 'Assessment',
    description: 'Starts a draft for an organization (linked to its latest submitted assessment, for progress).',
    authScopes: { role: [...writerRoles] },
    args: { organizationId: t.arg.id({ required: true }), questionnaireVersion: t.arg.string({ required: false }) },
    resolve: async (query, _root, args, context) => {
      const created = await startAssessment(context.db, context.viewer, { organizationId: decodeId(args.organizationId, 'Organization'), questionnaireVersion: args.questionnaireVersion ?? null });
      return context.db.assessment.findUniqueOrThrow({ ...query, where: { id: created.id } });
    },
  }),
  addRespondent: t.prismaField({
    type: 'Respondent',
    description: 'Adds a respondent (a business unit\'s view) to a draft; repeating the same call is harmless.',
    authScopes: { role: [...writerRoles] },
    args: {
      assessmentId: t.arg.id({ required: true }),
      key: t.arg.string({ required: true, validate: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'letters, digits, - and _ only (1-64)') }),
      name: t.arg.string({ required: false, validate: displayTextSchema({ max: 200, min: 0 }) }),
      businessUnit: t.arg.string({ required: true, validate: displayTextSchema({ max: 100 }) }),
    },
    resolve: async (query, _root, args, context) => {
      const respondent = await addRespondent(context.db, context.viewer, { assessmentId: decodeId(args.assessmentId, 'Assessment'), key: args.key, name: args.name ?? null, businessUnit: args.businessUnit });
      return context.db.respondent.findUniqueOrThrow({ ...query, where: { id: respondent.id } });
    },
  }),
  saveAnswers: t.field({
    type: [AnswerObject],
    description: 'Saves some of a respondent\'s answers (a partial save). All are checked first: one bad answer saves none. Sending the stored answer again changes nothing, so a retry is safe; a change must name its baseRevision.',
    authScopes: { role: [...writerRoles] },
    args: {
      assessmentId: t.arg.id({ required: true }),
      respondentKey: t.arg.string({ required: true }),
      answers: t.arg({ type: [AnswerInput], required: true, validate: z.array(z.unknown()).min(1, 'give at least one answer').max(200) }),
    },
    resolve: (_root, args, context) =>
      saveAnswers(context.db, context.viewer, {
        assessmentId: decodeId(args.assessmentId, 'Assessment'),
        respondentKey: args.respondentKey,
        answers: args.answers.map((a) => ({ questionId: a.questionId, value: a.value, notApplicable: a.notApplicable ?? null, evidence: a.evidence ?? null, baseRevision: a.baseRevision ?? null })),
      }),
  }),
  submitAssessment: t.prismaField({
    type: 'Assessment',
    description: 'Checks completeness, scores through core and stores the result; all or nothing.',
    authScopes: { role: [...writerRoles] },
    args: { id: t.arg.id({ required: true }) },
    // The submitted row is returned as it is; Pothos loads any relation the selection asks for (e.g. the result) by id.
    resolve: (_query, _root, args, context) => submitAssessment(context.db, context.viewer, decodeId(args.id, 'Assessment')),
  }),
  reassess: t.prismaField({
    type: 'Assessment',
    description: 'Starts a new draft from a submitted assessment, with the same respondents and (unless copyAnswers is false) their answers.',
    authScopes: { role: [...writerRoles] },
    args: { assessmentId: t.arg.id({ required: true }), copyAnswers: t.arg.boolean({ required: false }) },
    resolve: async (query, _root, args, context) => {
      const created = await reassess(context.db, context.viewer, { assessmentId: decodeId(args.assessmentId, 'Assessment'), copyAnswers: args.copyAnswers ?? true });
      return context.db.assessment.findUniqueOrThrow({ ...query, where: { id: created.id } });
    },
  }),
}));
