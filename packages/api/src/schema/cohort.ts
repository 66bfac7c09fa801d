import { CrmMaturityError, type PrivateCell, type ProfileField, type ReleasedCell, type ReleasedMeasure, type ScoreBand } from '@crm-maturity/core';
import { builder } from '../builder';
import { latestQuestionnaire, questionnaireVersion } from '../services/questionnaires';
import { planFields } from '../services/release-plan';
import type { ReleaseRecord } from '../services/releases';
import { BenchmarkReleaseRef } from './release';
import { CohortFilterInput, toCohortFilter } from './cohort-filter';

export const CohortFieldEnum = builder.enumType('CohortField', { values: planFields });

const ScoreBandRef = builder.objectRef<ScoreBand>('ScoreBand').implement({
  description: 'count organizations scored at least `from` and below `to` (the last band includes its top). Every band holds at least the minimum cohort size.',
  fields: (t) => ({ from: t.exposeFloat('from'), to: t.exposeFloat('to'), count: t.exposeInt('count') }),
});

type MeasureView = { id: string; mean: number; measure: ReleasedMeasure | null };

const MeasureSummaryRef = builder.objectRef<MeasureView>('MeasureSummary').implement({
  description:
    'One score in a released cohort, never a single organization\'s value: mean and sd over the cohort, the distribution as bands of at least the minimum size, and quantiles read from those bands where at least the minimum lie on each side (median from 2k, quartiles from 4k, deciles from 10k organizations). Figures are rounded to 0.1. In a LAPLACE release only the noised mean is given.',
  fields: (t) => ({
    id: t.exposeString('id'),
    mean: t.exposeFloat('mean'),
    sd: t.float({ nullable: true, resolve: (m) => m.measure?.sd ?? null }),
    median: t.float({ nullable: true, resolve: (m) => m.measure?.median ?? null }),
    quartiles: t.floatList({ nullable: true, resolve: (m) => m.measure?.quartiles ?? null }),
    deciles: t.floatList({ nullable: true, resolve: (m) => m.measure?.deciles ?? null }),
    bands: t.field({ type: [ScoreBandRef], resolve: (m) => m.measure?.bands ?? [] }),
  }),
});

const LevelShareRef = builder.objectRef<{ level: string; count: number; share: number }>('LevelShare').implement({
  fields: (t) => ({ level: t.exposeString('level'), count: t.exposeInt('count'), share: t.exposeFloat('share') }),
});

const CohortCellRef = builder.objectRef<ReleasedCell | PrivateCell>('CohortCell').implement({
  description: 'One released cohort of a benchmark release. Cohorts the release withholds are not listed at all, exactly like cohorts that do not exist.',
  fields: (t) => ({
    label: t.exposeString('label'),
    industry: t.string({ nullable: true, resolve: (c) => c.values.industry ?? null }),
    sizeBand: t.string({ nullable: true, resolve: (c) => c.values.sizeBand ?? null }),
    region: t.string({ nullable: true, resolve: (c) => c.values.region ?? null }),
    period: t.string({ nullable: true, resolve: (c) => c.values.period ?? null }),
    noised: t.boolean({ description: 'True in a LAPLACE release: n and the means carry Laplace noise.', resolve: (c) => c.status === 'released_private' }),
    n: t.int({ description: 'The number of organizations (noised, rounded, in a LAPLACE release).', resolve: (c) => (c.status === 'released' ? c.summary.n : Math.max(0, Math.round(c.noisyN))) }),
    overall: t.field({
      type: MeasureSummaryRef,
      resolve: (c) => (c.status === 'released' ? { id: 'overall', mean: c.summary.overall.mean, measure: c.summary.overall } : { id: 'overall', mean: c.noisyMeans.overall, measure: null }),
    }),
    dimensions: t.field({
      type: [MeasureSummaryRef],
      resolve: (c) =>
        c.status === 'released'
          ? c.summary.dimensions.map((d) => ({ id: d.id, mean: d.mean, measure: d }))
          : c.noisyMeans.dimensions.map((d) => ({ id: d.id, mean: d.mean, measure: null })),
    }),
    levels: t.field({ type: [LevelShareRef], resolve: (c) => (c.status === 'released' ? c.summary.levels.overall : []) }),
  }),
});

type CohortStatistics = { groupBy: ProfileField[]; minSize: number; synthetic: boolean; release: ReleaseRecord | null; cells: (ReleasedCell | PrivateCell)[] };

const CohortStatisticsRef = builder.objectRef<CohortStatistics>('CohortStatistics').implement({
  fields: (t) => ({
    groupBy: t.field({ type: [CohortFieldEnum], resolve: (s) => s.groupBy }),
    minSize: t.exposeInt('minSize'),
    synthetic: t.boolean({ description: 'True when the release counts synthetic (generated) organizations, not only real ones.', resolve: (s) => s.synthetic }),
    release: t.field({ type: BenchmarkReleaseRef, nullable: true, description: 'The release the figures come from; null when none is published yet.', resolve: (s) => s.release }),
    cells: t.field({ type: [CohortCellRef], resolve: (s) => s.cells }),
  }),
});

builder.queryFields((t) => ({
  cohortStatistics: t.field({
    type: CohortStatisticsRef,
    description:
      'Aggregate statistics of the benchmark cohorts of a grouping (none, one or two profile fields), read from a published benchmark release (the latest by default). Never an individual organization; withheld cohorts are not listed.',
    authScopes: { role: ['ADMIN', 'RESEARCHER', 'CONSULTANT'] },
    args: {
      groupBy: t.arg({ type: [CohortFieldEnum], required: true }),
      filter: t.arg({ type: CohortFilterInput, required: false, description: 'Only the cells matching these values.' }),
      questionnaireVersion: t.arg.string({ required: false }),
      release: t.arg.int({ required: false, description: 'The release number; the latest when left out.' }),
    },
    resolve: async (_root, args, context) => {
      const groupBy = [...new Set(args.groupBy)] as ProfileField[];
      if (groupBy.length > 2) throw new CrmMaturityError('BAD_USER_INPUT', 'group by at most two fields', [{ field: 'groupBy', value: groupBy, message: 'at most two fields' }]);
      const questionnaire = args.questionnaireVersion ? questionnaireVersion('crm-maturity', args.questionnaireVersion) : latestQuestionnaire();
      const found = await context.releases.find(questionnaire, args.release ?? null);
      if (!found && args.release != null) {
        throw new CrmMaturityError('NOT_FOUND', `no release ${args.release} of ${questionnaire.id} ${questionnaire.version}`, [{ field: 'release', value: args.release, message: 'not published' }]);
      }
      if (!found) return { groupBy, minSize: 5, synthetic: false, release: null, cells: [] };
      const grouping = found.content.groupings.find((g) => g.fields.length === groupBy.length && g.fields.every((f) => groupBy.includes(f)))!;
      const filter = toCohortFilter(args.filter);
      const cells = grouping.cells.filter(
        (cell): cell is ReleasedCell | PrivateCell =>
          cell.status !== 'withheld' && (Object.keys(filter) as ProfileField[]).every((f) => cell.values[f] === undefined || (filter[f] as readonly string[]).includes(cell.values[f]!)),
      );
      return { groupBy: grouping.fields, minSize: found.content.minSize, synthetic: found.record.synthetic, release: found.record, cells };
    },
  }),
}));
