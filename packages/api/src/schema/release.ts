import { builder } from '../builder';
import { questionnaireVersion, latestQuestionnaire } from '../services/questionnaires';
import { publishRelease, type PublishReport, type ReleaseRecord } from '../services/releases';
import { planGroupings } from '../services/release-plan';

export const ReleaseModeEnum = builder.enumType('ReleaseMode', {
  values: {
    EXACT: { description: 'Exact aggregates under the release rules (minimum size, complementary suppression, the differencing audit across releases, bands instead of order statistics).' },
    LAPLACE: { description: 'Laplace-noised counts and means only (epsilon-differential privacy), with the privacy budget stated on the release.' },
  } as const,
});

export const BenchmarkReleaseRef = builder.objectRef<ReleaseRecord>('BenchmarkRelease').implement({
  description: 'A frozen benchmark release: cohort figures computed once, when an admin published it, and never changed after.',
  fields: (t) => ({
    version: t.exposeInt('version', { description: '1, 2, ... per questionnaire version.' }),
    questionnaireId: t.exposeString('questionnaireId'),
    questionnaireVersion: t.exposeString('questionnaireVersion'),
    mode: t.field({ type: ReleaseModeEnum, resolve: (r) => r.mode }),
    minSize: t.exposeInt('minSize'),
    synthetic: t.exposeBoolean('synthetic', { description: 'True when the release counts synthetic (generated) organizations.' }),
    publishedAt: t.expose('publishedAt', { type: 'DateTime' }),
    epsilon: t.float({ nullable: true, description: 'LAPLACE: the epsilon of each noised statistic.', resolve: (r) => r.epsilon }),
    privacyBudget: t.float({
      nullable: true,
      description: 'LAPLACE: the total epsilon this release spends on any one organization (groupings × statistics per cell × epsilon, by composition); each further release adds its own.',
      resolve: (r) => (r.epsilon === null ? null : planGroupings.length * (2 + questionnaireVersion(r.questionnaireId, r.questionnaireVersion).dimensions.length) * r.epsilon),
    }),
  }),
});

const WithheldCellReportRef = builder.objectRef<{ label: string; reason: string }>('WithheldCellReport').implement({
  description: 'For the publishing admin only: a cohort the release withholds, and why.',
  fields: (t) => ({ label: t.exposeString('label'), reason: t.exposeString('reason') }),
});

const ReleaseReportRef = builder.objectRef<PublishReport & { dryRun: boolean }>('ReleaseReport').implement({
  description: 'What publishing a release (or a dry run) did: the release, and which cohorts it withholds and why.',
  fields: (t) => ({
    release: t.field({ type: BenchmarkReleaseRef, nullable: true, description: 'Null for a dry run.', resolve: (r) => r.release }),
    version: t.exposeInt('version'),
    dryRun: t.exposeBoolean('dryRun'),
    organizations: t.exposeInt('rows'),
    cellsReleased: t.int({ resolve: (r) => r.content.groupings.reduce((sum, g) => sum + g.cells.filter((c) => c.status !== 'withheld').length, 0) }),
    withheldBelowMinimum: t.int({ resolve: (r) => r.content.withheld.belowMinimum }),
    withheldComplementary: t.int({ resolve: (r) => r.content.withheld.complementary }),
    withheldDifferencing: t.int({ description: 'Withheld because, with other cells or earlier releases, they would single out fewer than the minimum.', resolve: (r) => r.content.withheld.differencing }),
    withheldCells: t.field({
      type: [WithheldCellReportRef],
      resolve: (r) => r.content.groupings.flatMap((g) => g.cells.flatMap((c) => (c.status === 'withheld' ? [{ label: c.label, reason: c.reason }] : []))),
    }),
  }),
});

builder.queryFields((t) => ({
  benchmarkReleases: t.field({
    type: [BenchmarkReleaseRef],
    description: 'The published benchmark releases, oldest first.',
    authScopes: { signedIn: true },
    args: { questionnaireVersion: t.arg.string({ required: false }) },
    resolve: (_root, args, context) => context.releases.list(args.questionnaireVersion ? questionnaireVersion('crm-maturity', args.questionnaireVersion) : undefined),
  }),
}));

builder.mutationFields((t) => ({
  publishBenchmarkRelease: t.field({
    type: ReleaseReportRef,
    description:
      'Computes and publishes the next benchmark release from every dataset imported so far, audited against every release already published. With dryRun, reports what the release would withhold without publishing it.',
    authScopes: { role: 'ADMIN' },
    args: {
      questionnaireVersion: t.arg.string({ required: false }),
      mode: t.arg({ type: ReleaseModeEnum, required: false, defaultValue: 'EXACT' }),
      epsilon: t.arg.float({ required: false, description: 'LAPLACE only: epsilon per noised statistic, in (0, 10].' }),
      dryRun: t.arg.boolean({ required: false, defaultValue: false }),
    },
    resolve: async (_root, args, context) => {
      const questionnaire = args.questionnaireVersion ? questionnaireVersion('crm-maturity', args.questionnaireVersion) : latestQuestionnaire();
      const report = await publishRelease(context.db, context.viewer, {
        questionnaire,
        mode: args.mode ?? 'EXACT',
        epsilon: args.epsilon ?? null,
        minSize: context.minCohortSize,
        dryRun: args.dryRun ?? false,
      });
      return { ...report, dryRun: args.dryRun ?? false };
    },
  }),
}));
