import type { CohortCellRelease, CohortSummary, MeasureSummary, ProfileField } from '@crm-maturity/core';
import { builder } from '../builder';
import { ApiError } from '../errors';
import { latestQuestionnaire, questionnaireVersion } from '../services/questionnaires';
import { planFields } from '../services/release-plan';
import { CohortFilterInput, toCohortFilter } from './cohort-filter';

export const CohortFieldEnum = builder.enumType('CohortField', { values: planFields });

const MeasureSummaryRef = builder.objectRef<MeasureSummary & { id: string }>('MeasureSummary').implement({
  description: 'One score in a cohort; quantiles are R type 7.',
  fields: (t) => ({
    id: t.exposeString('id'),
    mean: t.exposeFloat('mean'),
    sd: t.exposeFloat('sd'),
    min: t.exposeFloat('min'),
    max: t.exposeFloat('max'),
    quartiles: t.floatList({ resolve: (m) => m.quartiles }),
    deciles: t.floatList({ resolve: (m) => m.deciles }),
  }),
});

const LevelShareRef = builder.objectRef<{ level: string; count: number; share: number }>('LevelShare').implement({
  fields: (t) => ({ level: t.exposeString('level'), count: t.exposeInt('count'), share: t.exposeFloat('share') }),
});

const CohortCellRef = builder.objectRef<CohortCellRelease & { summary?: CohortSummary }>('CohortCell').implement({
  description: 'One cohort of the release plan: its statistics, or why they are withheld (no size is given for a withheld cell).',
  fields: (t) => ({
    label: t.exposeString('label'),
    industry: t.string({ nullable: true, resolve: (c) => c.values.industry ?? null }),
    sizeBand: t.string({ nullable: true, resolve: (c) => c.values.sizeBand ?? null }),
    region: t.string({ nullable: true, resolve: (c) => c.values.region ?? null }),
    period: t.string({ nullable: true, resolve: (c) => c.values.period ?? null }),
    status: t.exposeString('status'),
    withheldReason: t.string({ nullable: true, resolve: (c) => (c.status === 'withheld' ? c.reason : null) }),
    message: t.string({ nullable: true, resolve: (c) => (c.status === 'withheld' ? c.message : null) }),
    n: t.int({ nullable: true, resolve: (c) => (c.status === 'released' ? c.summary.n : null) }),
    overall: t.field({ type: MeasureSummaryRef, nullable: true, resolve: (c) => (c.status === 'released' ? { id: 'overall', ...c.summary.overall } : null) }),
    dimensions: t.field({ type: [MeasureSummaryRef], resolve: (c) => (c.status === 'released' ? c.summary.dimensions : []) }),
    levels: t.field({ type: [LevelShareRef], resolve: (c) => (c.status === 'released' ? c.summary.levels.overall : []) }),
  }),
});

const CohortStatisticsRef = builder.objectRef<{ groupBy: ProfileField[]; minSize: number; synthetic: boolean; cells: CohortCellRelease[] }>('CohortStatistics').implement({
  fields: (t) => ({
    groupBy: t.field({ type: [CohortFieldEnum], resolve: (s) => s.groupBy }),
    minSize: t.exposeInt('minSize'),
    synthetic: t.boolean({ description: 'True when the benchmark data is synthetic (generated), not real organizations.', resolve: (s) => s.synthetic }),
    cells: t.field({ type: [CohortCellRef], resolve: (s) => s.cells }),
  }),
});

builder.queryFields((t) => ({
  cohortStatistics: t.field({
    type: CohortStatisticsRef,
    description:
      'Aggregate statistics of the benchmark cohorts of a grouping (none, one or two profile fields), from the disclosure-controlled release plan. Never an individual organization.',
    authScopes: { role: ['ADMIN', 'RESEARCHER', 'CONSULTANT'] },
    args: {
      groupBy: t.arg({ type: [CohortFieldEnum], required: true }),
      filter: t.arg({ type: CohortFilterInput, required: false, description: 'Only the cells matching these values.' }),
      questionnaireVersion: t.arg.string({ required: false }),
    },
    resolve: async (_root, args, context) => {
      const groupBy = [...new Set(args.groupBy)] as ProfileField[];
      if (groupBy.length > 2) throw new ApiError('BAD_USER_INPUT', 'group by at most two fields', [{ field: 'groupBy', value: groupBy, message: 'at most two fields' }]);
      const questionnaire = args.questionnaireVersion ? questionnaireVersion('crm-maturity', args.questionnaireVersion) : latestQuestionnaire();
      const plan = await context.cohorts.plan(questionnaire);
      const grouping = plan.release.groupings.find((g) => g.fields.length === groupBy.length && g.fields.every((f) => groupBy.includes(f)))!;
      const filter = toCohortFilter(args.filter);
      const cells = grouping.cells.filter((cell) =>
        (Object.keys(filter) as ProfileField[]).every((f) => cell.values[f] === undefined || (filter[f] as readonly string[]).includes(cell.values[f]!)),
      );
      let synthetic = plan.scored.set.size > 0;
      for (const flag of plan.scored.set.synthetic) if (!flag) synthetic = false;
      return { groupBy: grouping.fields, minSize: plan.minSize, synthetic, cells };
    },
  }),
}));
