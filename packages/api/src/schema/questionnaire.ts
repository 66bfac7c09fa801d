import type { Dimension, Level, PublishedReference, Questionnaire, QuestionnaireQuestion } from '@crm-maturity/core';
import { moduleOf, questionTypeNames } from '@crm-maturity/core';
import { builder } from '../builder';
import { allQuestionnaires, questionnaireVersion } from '../services/questionnaires';

export const LevelIdEnum = builder.enumType('LevelId', { values: ['tactical', 'advanced', 'strategic', 'innovative'] as const });
export const DimensionIdEnum = builder.enumType('DimensionId', { values: ['people', 'process', 'information', 'technology'] as const });
export const QuestionTypeEnum = builder.enumType('QuestionType', {
  values: questionTypeNames,
});

const LevelRef = builder.objectRef<Level>('Level').implement({
  fields: (t) => ({
    id: t.field({ type: LevelIdEnum, resolve: (l) => l.id }),
    name: t.exposeString('name'),
    minScore: t.exposeFloat('minScore'),
    description: t.exposeString('description'),
  }),
});

const DimensionRef = builder.objectRef<Dimension>('Dimension').implement({
  fields: (t) => ({
    id: t.field({ type: DimensionIdEnum, resolve: (d) => d.id }),
    name: t.exposeString('name'),
    weight: t.exposeFloat('weight'),
    description: t.exposeString('description'),
  }),
});

const OptionRef = builder.objectRef<{ id: string; label: string; points: number; exclusive?: boolean }>('AnswerOption').implement({
  fields: (t) => ({
    id: t.exposeString('id'),
    label: t.exposeString('label'),
    points: t.exposeFloat('points'),
    exclusive: t.boolean({ resolve: (o) => o.exclusive ?? false }),
  }),
});

const BandRef = builder.objectRef<{ min: number; points: number; label: string }>('ScoringBand').implement({
  description: 'Applies from `min` up to the next band\'s `min`.',
  fields: (t) => ({ min: t.exposeFloat('min'), points: t.exposeFloat('points'), label: t.exposeString('label') }),
});

const GridRowRef = builder.objectRef<{ id: string; label: string; group?: string }>('GridRow').implement({
  fields: (t) => ({ id: t.exposeString('id'), label: t.exposeString('label'), group: t.string({ nullable: true, resolve: (r) => r.group ?? null }) }),
});

export const PublishedReferenceRef = builder.objectRef<PublishedReference>('PublishedReference').implement({
  description: 'A figure from published research, always labelled as such and never mixed with cohort statistics.',
  fields: (t) => ({
    statistic: t.exposeString('statistic'),
    value: t.float({ nullable: true, resolve: (r) => r.value }),
    finding: t.exposeString('finding'),
    publisher: t.string({ resolve: (r) => r.source.publisher }),
    title: t.string({ resolve: (r) => r.source.title }),
    year: t.int({ resolve: (r) => r.source.year }),
  }),
});

const QuestionRef = builder.objectRef<QuestionnaireQuestion>('Question').implement({
  fields: (t) => ({
    id: t.exposeString('id'),
    dimension: t.field({ type: DimensionIdEnum, resolve: (q) => q.dimension }),
    order: t.exposeInt('order'),
    topic: t.exposeString('topic'),
    text: t.exposeString('text'),
    help: t.exposeString('help'),
    type: t.field({ type: QuestionTypeEnum, resolve: (q) => q.type }),
    weight: t.exposeFloat('weight'),
    required: t.exposeBoolean('required'),
    allowNotApplicable: t.exposeBoolean('allowNotApplicable'),
    action: t.exposeString('action'),
    options: t.field({
      type: [OptionRef],
      description: 'Options of a choice question, or the columns of a grid (with points).',
      resolve: (q) => moduleOf(q).view.choices(q),
    }),
    rows: t.field({ type: [GridRowRef], resolve: (q) => moduleOf(q).view.rows(q) }),
    bands: t.field({ type: [BandRef], resolve: (q) => moduleOf(q).view.bands(q) }),
    maxSelectedPoints: t.float({ nullable: true, resolve: (q) => moduleOf(q).view.selectionCap(q) ?? null }),
    references: t.field({ type: [PublishedReferenceRef], resolve: (q) => q.references }),
  }),
});

export const QuestionnaireRef = builder.objectRef<Questionnaire>('Questionnaire').implement({
  fields: (t) => ({
    id: t.exposeString('id'),
    version: t.exposeString('version'),
    title: t.exposeString('title'),
    description: t.exposeString('description'),
    levels: t.field({ type: [LevelRef], resolve: (q) => q.levels }),
    dimensions: t.field({ type: [DimensionRef], resolve: (q) => q.dimensions }),
    overallRule: t.string({ resolve: (q) => q.overall.rule }),
    questions: t.field({
      type: [QuestionRef],
      args: { dimension: t.arg({ type: DimensionIdEnum, required: false }) },
      resolve: (q, args) => (args.dimension ? q.questions.filter((x) => x.dimension === args.dimension) : q.questions),
    }),
  }),
});

builder.queryFields((t) => ({
  questionnaires: t.field({
    type: [QuestionnaireRef],
    description: 'Every questionnaire version; open to anyone.',
    resolve: () => allQuestionnaires(),
  }),
  questionnaire: t.field({
    type: QuestionnaireRef,
    args: { version: t.arg.string({ required: true }) },
    resolve: (_root, args) => questionnaireVersion('crm-maturity', args.version),
  }),
}));
