import type {
  AssessmentResult,
  CohortComparison,
  Completion,
  DimensionScore,
  Disagreement,
  LevelBound,
  LevelRef,
  MeasureComparison,
  Progress,
  PublishedComparison,
  QuestionComparison,
  QuestionScore,
  Roadmap,
  RoadmapStep,
  ScoreChange,
  ScoreRange,
} from '@crm-maturity/core';
import { referenceSourceText } from '@crm-maturity/core';
import { builder } from '../builder';
import { DimensionIdEnum, LevelIdEnum } from './questionnaire';

const LevelBoundRuleEnum = builder.enumType('LevelBoundRule', { values: ['NOT_APPLICABLE', 'WEAKEST_DIMENSION', 'MISSING_PRACTICE'] as const });

const LevelResult = builder.objectRef<LevelRef>('LevelResult').implement({
  fields: (t) => ({ id: t.field({ type: LevelIdEnum, resolve: (l) => l.id }), name: t.exposeString('name') }),
});

type Types = typeof builder extends PothosSchemaTypes.SchemaBuilder<infer T> ? T : never;

/** The counts both completion types show, written once. */
function completionCounts<T extends Completion>(t: PothosSchemaTypes.ObjectFieldBuilder<Types, T>) {
  return {
    total: t.int({ resolve: (c) => c.total }),
    answered: t.int({ resolve: (c) => c.answered }),
    notApplicable: t.int({ resolve: (c) => c.notApplicable }),
    unanswered: t.int({ resolve: (c) => c.unanswered }),
    requiredUnanswered: t.int({ resolve: (c) => c.requiredUnanswered }),
    ratio: t.float({ resolve: (c) => c.ratio }),
  };
}

const CompletionRef = builder.objectRef<Completion>('Completion').implement({ fields: (t) => completionCounts(t) });

const AssessmentCompletionRef = builder.objectRef<AssessmentResult['completion']>('AssessmentCompletion').implement({
  description: 'Completion of the whole assessment: below minimumForResults, percentiles, gaps and a roadmap are withheld.',
  fields: (t) => ({
    ...completionCounts(t),
    minimumForResults: t.exposeFloat('minimumForResults'),
    sufficient: t.exposeBoolean('sufficient'),
    missing: t.field({
      type: [builder.objectRef<AssessmentResult['completion']['missing'][number]>('MissingQuestion').implement({
        fields: (m) => ({
          questionId: m.exposeString('questionId'),
          dimension: m.field({ type: DimensionIdEnum, resolve: (x) => x.dimension }),
          topic: m.exposeString('topic'),
          required: m.exposeBoolean('required'),
        }),
      })],
      resolve: (c) => c.missing,
    }),
  }),
});

const LevelBoundRef = builder.objectRef<LevelBound>('LevelBound').implement({
  description: 'A level rule that holds a level below what its score alone reaches.',
  fields: (t) => ({
    rule: t.field({ type: LevelBoundRuleEnum, resolve: (b) => b.rule.toUpperCase() as 'NOT_APPLICABLE' | 'WEAKEST_DIMENSION' | 'MISSING_PRACTICE' }),
    explanation: t.exposeString('explanation'),
  }),
});

const ScoreRangeRef = builder.objectRef<ScoreRange>('ScoreRange').implement({
  description: 'The score with every question at its lowest, and at its highest, respondent or business unit.',
  fields: (t) => ({ low: t.exposeFloat('low'), high: t.exposeFloat('high') }),
});

const ResultRespondentRef = builder.objectRef<AssessmentResult['respondents'][number]>('ResultRespondent').implement({
  fields: (t) => ({
    respondentKey: t.string({ resolve: (r) => r.id }),
    name: t.string({ nullable: true, resolve: (r) => r.name ?? null }),
    businessUnit: t.exposeString('businessUnit'),
    counted: t.exposeBoolean('counted', { description: 'False when the respondent answered too little to count while another respondent did not.' }),
    completion: t.exposeFloat('completion'),
    note: t.string({ nullable: true, resolve: (r) => r.note ?? null }),
  }),
});

const AgreementRef = builder.objectRef<AssessmentResult['agreement']>('Agreement').implement({
  description: 'Agreement (r_wg) among respondents or business units, averaged over the questions at least two of them answered.',
  fields: (t) => ({
    statistic: t.exposeString('statistic'),
    mean: t.float({ nullable: true, resolve: (a) => a.mean }),
    questions: t.exposeInt('questions'),
    voices: t.exposeString('voices'),
  }),
});

const RespondentAnswerScoreRef = builder.objectRef<QuestionScore['respondents'][number]>('RespondentAnswerScore').implement({
  fields: (t) => ({
    respondentKey: t.string({ resolve: (r) => r.respondentId }),
    businessUnit: t.exposeString('businessUnit'),
    status: t.exposeString('status'),
    value: t.field({ type: 'JSON', nullable: true, resolve: (r) => r.value ?? null }),
    evidence: t.string({ nullable: true, resolve: (r) => r.evidence ?? null }),
    fraction: t.float({ nullable: true, resolve: (r) => r.fraction ?? null }),
    explanation: t.string({ nullable: true, resolve: (r) => r.explanation ?? null }),
  }),
});

const QuestionScoreRef = builder.objectRef<QuestionScore>('QuestionScore').implement({
  description: 'How one question contributed: the contributions of a dimension add up to its score.',
  fields: (t) => ({
    questionId: t.exposeString('questionId'),
    topic: t.exposeString('topic'),
    status: t.exposeString('status'),
    weight: t.exposeFloat('weight'),
    earned: t.exposeFloat('earned'),
    possible: t.exposeFloat('possible'),
    fraction: t.exposeFloat('fraction'),
    contribution: t.exposeFloat('contribution'),
    explanation: t.exposeString('explanation'),
    respondents: t.field({ type: [RespondentAnswerScoreRef], resolve: (q) => q.respondents }),
  }),
});

const DimensionScoreRef = builder.objectRef<DimensionScore>('DimensionScore').implement({
  fields: (t) => ({
    id: t.field({ type: DimensionIdEnum, resolve: (d) => d.id }),
    name: t.exposeString('name'),
    weight: t.exposeFloat('weight'),
    score: t.exposeFloat('score'),
    level: t.field({ type: LevelResult, resolve: (d) => d.level }),
    levelBounds: t.field({ type: [LevelBoundRef], resolve: (d) => d.levelBounds }),
    range: t.field({ type: ScoreRangeRef, resolve: (d) => d.range }),
    completion: t.field({ type: CompletionRef, resolve: (d) => d.completion }),
    questions: t.field({ type: [QuestionScoreRef], resolve: (d) => d.questions }),
  }),
});

const DisagreementRef = builder.objectRef<Disagreement>('Disagreement').implement({
  fields: (t) => ({
    questionId: t.exposeString('questionId'),
    topic: t.exposeString('topic'),
    dimension: t.field({ type: DimensionIdEnum, resolve: (d) => d.dimension }),
    spread: t.exposeFloat('spread'),
    agreement: t.float({ nullable: true, description: 'r_wg among the business units, where the questionnaire combines by business unit.', resolve: (d) => d.agreement ?? null }),
    respondents: t.field({
      type: [builder.objectRef<Disagreement['respondents'][number]>('DisagreeingRespondent').implement({
        fields: (r) => ({
          respondentKey: r.string({ resolve: (x) => x.respondentId }),
          businessUnit: r.exposeString('businessUnit'),
          fraction: r.exposeFloat('fraction'),
          value: r.field({ type: 'JSON', resolve: (x) => x.value }),
        }),
      })],
      resolve: (d) => d.respondents,
    }),
  }),
});

export const AssessmentResultRef = builder.objectRef<AssessmentResult>('AssessmentResult').implement({
  fields: (t) => ({
    questionnaireId: t.string({ resolve: (r) => r.questionnaire.id }),
    questionnaireVersion: t.string({ resolve: (r) => r.questionnaire.version }),
    questionnaireFingerprint: t.string({ resolve: (r) => r.questionnaire.fingerprint }),
    overallScore: t.float({ resolve: (r) => r.overall.score }),
    overallLevel: t.field({ type: LevelResult, description: 'The level after the questionnaire\'s level rules.', resolve: (r) => r.overall.level }),
    overallScoreLevel: t.field({ type: LevelResult, description: 'The level the overall score alone reaches.', resolve: (r) => r.overall.scoreLevel }),
    overallLevelBounds: t.field({ type: [LevelBoundRef], resolve: (r) => r.overall.levelBounds }),
    overallRange: t.field({ type: ScoreRangeRef, resolve: (r) => r.overall.range }),
    agreement: t.field({ type: AgreementRef, resolve: (r) => r.agreement }),
    respondents: t.field({ type: [ResultRespondentRef], resolve: (r) => r.respondents }),
    overallRule: t.string({ resolve: (r) => r.overall.rule }),
    dimensions: t.field({ type: [DimensionScoreRef], resolve: (r) => r.dimensions }),
    weakestDimension: t.field({ type: DimensionScoreRef, resolve: (r) => [...r.dimensions].sort((a, b) => a.score - b.score)[0]! }),
    completion: t.field({ type: AssessmentCompletionRef, resolve: (r) => r.completion }),
    disagreements: t.field({ type: [DisagreementRef], resolve: (r) => r.disagreements }),
    rules: t.stringList({ description: 'The scoring rules applied, in words.', resolve: (r) => [r.rules.unanswered, r.rules.notApplicable, r.rules.respondents, r.rules.overall, r.rules.levels, r.rules.completion] }),
  }),
});

const RoadmapStepRef = builder.objectRef<RoadmapStep>('RoadmapStep').implement({
  fields: (t) => ({
    questionId: t.exposeString('questionId'),
    dimension: t.field({ type: DimensionIdEnum, resolve: (s) => s.dimension }),
    topic: t.exposeString('topic'),
    action: t.exposeString('action'),
    recommendedAnswer: t.field({ type: 'JSON', resolve: (s) => s.recommendedAnswer }),
    currentFraction: t.exposeFloat('currentFraction'),
    gain: t.exposeFloat('gain'),
    overallGain: t.exposeFloat('overallGain'),
    scoreAfter: t.exposeFloat('scoreAfter'),
    levelAfter: t.field({ type: LevelResult, resolve: (s) => s.levelAfter }),
  }),
});

export const RoadmapRef = builder.objectRef<Roadmap>('Roadmap').implement({
  fields: (t) => ({
    scope: t.exposeString('scope'),
    fromScore: t.float({ resolve: (r) => r.from.score }),
    fromLevel: t.field({ type: LevelResult, resolve: (r) => r.from.level }),
    targetLevel: t.field({ type: LevelResult, nullable: true, resolve: (r) => r.target?.level ?? null }),
    targetScore: t.float({ nullable: true, resolve: (r) => r.target?.minScore ?? null }),
    reachable: t.exposeBoolean('reachable'),
    withheld: t.string({ nullable: true, description: 'Why no roadmap is given (an assessment below the completion minimum).', resolve: (r) => r.withheld ?? null }),
    steps: t.field({ type: [RoadmapStepRef], resolve: (r) => r.steps }),
  }),
});

const ScoreChangeRef = builder.objectRef<ScoreChange & { id?: string; name?: string }>('ScoreChange').implement({
  fields: (t) => ({
    id: t.string({ resolve: (c) => c.id ?? 'overall' }),
    name: t.string({ resolve: (c) => c.name ?? 'Overall' }),
    from: t.exposeFloat('from'),
    to: t.exposeFloat('to'),
    delta: t.exposeFloat('delta'),
    fromLevel: t.field({ type: LevelResult, resolve: (c) => c.fromLevel }),
    toLevel: t.field({ type: LevelResult, resolve: (c) => c.toLevel }),
    levelsGained: t.exposeInt('levelsGained'),
    targetLevel: t.field({ type: LevelResult, resolve: (c) => c.target.level }),
    targetReached: t.boolean({ resolve: (c) => c.target.reached }),
    percentOfWayToTarget: t.float({ resolve: (c) => c.target.percentOfWay }),
    remainingToTarget: t.float({ resolve: (c) => c.target.remaining }),
  }),
});

export const ProgressRef = builder.objectRef<Progress & { previousAssessmentId: string }>('Progress').implement({
  fields: (t) => ({
    previousAssessmentId: t.exposeString('previousAssessmentId'),
    comparable: t.exposeBoolean('comparable'),
    note: t.string({ nullable: true, resolve: (p) => p.note ?? null }),
    overall: t.field({ type: ScoreChangeRef, resolve: (p) => p.overall }),
    dimensions: t.field({ type: [ScoreChangeRef], resolve: (p) => p.dimensions }),
  }),
});

const PercentileRef = builder.objectRef<NonNullable<MeasureComparison['percentile']>>('PercentileRank').implement({
  description:
    'Where the score stands in the released cohort, no finer than the release: low and high are the shares of the cohort below the band of peers it falls in and up to that band\'s top (bands hold at least the minimum cohort size); rank is a point inside, rounded to 5. Read from the published bands alone.',
  fields: (t) => ({ rank: t.exposeFloat('rank'), low: t.exposeFloat('low'), high: t.exposeFloat('high'), method: t.exposeString('method') }),
});

const MeasureComparisonRef = builder.objectRef<MeasureComparison>('MeasureComparison').implement({
  fields: (t) => ({
    id: t.exposeString('id'),
    name: t.exposeString('name'),
    score: t.exposeFloat('score'),
    cohortMean: t.exposeFloat('cohortMean'),
    cohortMedian: t.float({ nullable: true, description: 'Null where the release publishes no median (cohorts under twice the minimum size).', resolve: (m) => m.cohortMedian }),
    cohortQuartiles: t.floatList({ nullable: true, description: 'Null where the release publishes no quartiles (cohorts under four times the minimum size).', resolve: (m) => m.cohortQuartiles }),
    percentile: t.field({ type: PercentileRef, nullable: true, description: 'Given for submitted assessments only, so that draft answers cannot probe the cohort.', resolve: (m) => m.percentile }),
  }),
});

const QuestionComparisonRef = builder.objectRef<QuestionComparison>('QuestionComparison').implement({
  fields: (t) => ({
    questionId: t.exposeString('questionId'),
    topic: t.exposeString('topic'),
    dimension: t.exposeString('dimension'),
    fraction: t.exposeFloat('fraction'),
    cohortMedianFraction: t.exposeFloat('cohortMedianFraction'),
    cohortMeanFraction: t.exposeFloat('cohortMeanFraction'),
    gapToMedian: t.exposeFloat('gapToMedian'),
    cohortReferenceValues: t.field({
      type: [builder.objectRef<QuestionComparison['cohort']['references'][number]>('CohortReferenceValue').implement({
        fields: (r) => ({
          statistic: r.exposeString('statistic'),
          finding: r.exposeString('finding'),
          published: r.float({ nullable: true, resolve: (x) => x.published }),
          publishedCaveat: r.string({ nullable: true, description: 'A contradiction or limitation of the published figure, to be shown with it.', resolve: (x) => x.caveat ?? null }),
          cohort: r.float({ nullable: true, resolve: (x) => x.cohort }),
        }),
      })],
      resolve: (q) => q.cohort.references,
    }),
  }),
});

export const PublishedComparisonRef = builder.objectRef<PublishedComparison>('PublishedComparison').implement({
  description: 'The organization next to a published figure (published research, not a cohort).',
  fields: (t) => ({
    questionId: t.exposeString('questionId'),
    topic: t.exposeString('topic'),
    statistic: t.exposeString('statistic'),
    finding: t.exposeString('finding'),
    published: t.float({ nullable: true, resolve: (p) => p.published }),
    source: t.string({ resolve: (p) => referenceSourceText(p.source) }),
    year: t.int({ nullable: true, description: 'The year of publication; null when the source gives none (never inferred).', resolve: (p) => p.source.year ?? null }),
    caveat: t.string({ nullable: true, description: 'A contradiction or limitation of the figure, to be shown wherever the figure is shown.', resolve: (p) => p.caveat ?? null }),
    organizationMatches: t.boolean({ nullable: true, resolve: (p) => p.organization.matches ?? null }),
    organizationValue: t.float({ nullable: true, resolve: (p) => p.organization.value ?? null }),
    label: t.exposeString('label'),
  }),
});

export const CohortComparisonRef = builder.objectRef<CohortComparison>('CohortComparison').implement({
  fields: (t) => ({
    status: t.exposeString('status'),
    cohortLabel: t.string({ resolve: (c) => c.cohort.label }),
    cohortSize: t.int({ nullable: true, description: 'Absent when unavailable.', resolve: (c) => (c.status === 'released' ? c.cohort.n : null) }),
    release: t.int({ nullable: true, description: 'The number of the benchmark release the cohort figures come from.', resolve: (c) => (c.status === 'released' ? (c.cohort.release ?? null) : null) }),
    minSize: t.int({ resolve: (c) => c.cohort.minSize }),
    synthetic: t.boolean({ resolve: (c) => (c.status === 'released' ? c.cohort.synthetic : false) }),
    message: t.string({ nullable: true, description: 'Why there are no cohort figures: one message alike for a withheld cohort, one the release does not have, and no release.', resolve: (c) => (c.status === 'unavailable' ? c.message : null) }),
    measures: t.field({ type: [MeasureComparisonRef], resolve: (c) => (c.status === 'released' ? c.measures : []) }),
    gaps: t.field({ type: [QuestionComparisonRef], resolve: (c) => (c.status === 'released' ? c.gaps : []) }),
    withheld: t.string({ nullable: true, description: 'Why percentiles and gaps are withheld: an assessment below the completion minimum.', resolve: (c) => (c.status === 'released' ? (c.withheld ?? null) : null) }),
    questions: t.field({ type: [QuestionComparisonRef], resolve: (c) => (c.status === 'released' ? c.questions : []) }),
    published: t.field({ type: [PublishedComparisonRef], resolve: (c) => c.published }),
  }),
});
