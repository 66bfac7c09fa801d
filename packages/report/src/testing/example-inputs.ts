import { createReadStream, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  compareWithCohort,
  loadResponseSet,
  parseCohortFilter,
  scoreAnswers,
  scoreResponseSet,
  worstAnswerValue,
  type AssessmentResult,
  type CohortComparison,
  type Questionnaire,
  type ScoredResponseSet,
} from '@crm-maturity/core';
import { bundledExamplesDirectory, bundledQuestionnaire } from '@crm-maturity/questionnaires';
import { assembleReportInput } from '../assemble-report-input';
import type { ReportInput } from '../report-input';

/** The repository root, for the committed synthetic cohort. */
export const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '../../../..');
export const syntheticCohortFile = join(repoRoot, 'examples/synthetic-cohort.csv');
export const fixedDate = new Date('2026-11-23T00:00:00Z');

export const exampleNames = ['small-retailer', 'mid-size-insurer', 'telecom-operator'] as const;
export type ExampleName = (typeof exampleNames)[number];

export function exampleAnswers(name: ExampleName): Record<string, unknown> {
  return JSON.parse(readFileSync(join(bundledExamplesDirectory(), `${name}.json`), 'utf8'));
}

/** Scores an answer file (a draft is fine), failing loudly on an invalid one. */
export function scoreExample(input: unknown): { questionnaire: Questionnaire; result: AssessmentResult } {
  const questionnaire = bundledQuestionnaire('crm-maturity', '1.0.0');
  const scored = scoreAnswers(questionnaire, input);
  if (!scored.ok) throw new Error(scored.issues.map((i) => i.message).join('\n'));
  return { questionnaire, result: scored.result };
}

let cohort: Promise<ScoredResponseSet> | undefined;

/** examples/synthetic-cohort.csv, loaded and scored once per process. */
export function syntheticCohort(): Promise<ScoredResponseSet> {
  cohort ??= (async () => {
    const loaded = await loadResponseSet(bundledQuestionnaire('crm-maturity', '1.0.0'), createReadStream(syntheticCohortFile), { format: 'csv' });
    return scoreResponseSet(loaded.set);
  })();
  return cohort;
}

/** A cell of examples/synthetic-cohort.csv with 3 organizations, below the default minimum size of 5. */
export const withheldCohort = ['industry=telecommunications', 'sizeBand=enterprise', 'region=middle-east-africa'];

export type ExampleOptions = {
  /** released: the example's own industry; withheld: a cohort of 3 organizations (below the minimum of 5); none: no cohort. */
  cohort?: 'released' | 'withheld' | 'none';
  /** `earlier`: the same organization a year before, with weaker answers on its first eight questions. */
  previous?: 'earlier';
  organizationName?: string;
  /** Leave out every answer to the questions whose index (in questionnaire order) is a multiple of this. */
  dropEvery?: number;
};

/** A whole report input for a bundled example, built the way the CLI builds it. */
export async function exampleReportInput(name: ExampleName, options: ExampleOptions = {}): Promise<ReportInput> {
  const answers = exampleAnswers(name);
  if (options.dropEvery) dropAnswers(answers, options.dropEvery);
  const { questionnaire, result } = scoreExample(answers);
  let comparison: CohortComparison | undefined;
  const kind = options.cohort ?? 'released';
  if (kind !== 'none') {
    const filter = parseCohortFilter(kind === 'withheld' ? withheldCohort : [`industry=${result.organization.industry}`]);
    if (!filter.ok) throw new Error('the example has an industry');
    comparison = compareWithCohort(questionnaire, result, await syntheticCohort(), filter.filter);
  }
  const previous = options.previous === 'earlier' ? scoreExample(earlierAnswers(answers)).result : undefined;
  return assembleReportInput(questionnaire, result, { generatedAt: fixedDate, comparison, previous, organizationName: options.organizationName, author: 'Test Consulting' });
}

/** The organization's assessment a year before: progress is only measured between assessments of one organization. */
function earlierAnswers(file: Record<string, unknown>): Record<string, unknown> {
  const questionnaire = bundledQuestionnaire('crm-maturity', '1.0.0');
  const earlier = structuredClone(file) as { assessedAt?: string; respondents: { answers: Record<string, unknown> }[] };
  const date = earlier.assessedAt ?? '2026-11-01';
  earlier.assessedAt = `${Number(date.slice(0, 4)) - 1}${date.slice(4)}`;
  for (const respondent of earlier.respondents) {
    for (const question of questionnaire.questions.slice(0, 8)) {
      if (respondent.answers[question.id] && 'value' in (respondent.answers[question.id] as object)) respondent.answers[question.id] = { value: worstAnswerValue(question) };
    }
  }
  return earlier;
}

function dropAnswers(file: Record<string, unknown>, every: number): void {
  const questionnaire = bundledQuestionnaire('crm-maturity', '1.0.0');
  const dropped = new Set(questionnaire.questions.filter((_, i) => i % every === 0).map((q) => q.id));
  for (const respondent of file.respondents as { answers: Record<string, unknown> }[]) {
    for (const id of dropped) delete respondent.answers[id];
  }
}
