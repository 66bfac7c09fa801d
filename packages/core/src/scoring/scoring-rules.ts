import { defaultCompletionRule, type Questionnaire } from '../model/questionnaire-schema';

/**
 * The rules a result applies, in words, so a reader of any result (or the
 * report) can see how it was reached. The code that applies them is
 * `rowScorer` (score-row.ts) and combine-respondents.ts.
 */
export const scoringRules = {
  unanswered:
    'An unanswered question earns 0 points and stays in the denominator, so a partial assessment can only understate the score; completion is reported beside it.',
  notApplicable:
    'A "not applicable" question is credited with the fraction the rest of its dimension earns, which leaves the dimension score equal to the weighted mean of its applicable questions. The credit can never exceed the best answer.',
  notApplicableNeverLifts:
    'A "not applicable" question leaves its dimension score (the weighted mean of the applicable questions), but no level is higher than answering the worst option on it would give, so "not applicable" can never be worth more than an honest worst answer.',
  respondents:
    "With several respondents, a question earns the mean of the fractions earned by those who answered it; respondents who said \"not applicable\" abstain on it. Questions where respondents' fractions differ by at least the questionnaire's threshold are listed as disagreements.",
  respondentsByUnit:
    'Respondents are grouped by business unit and each unit counts once, with the most cautious answer of its respondents. Facts (what exists: a single customer view, the channels offered, how many sources) are settled by the lower median of the units, so a fact holds when at least half of the units state it; judgements (how well a practice works) take the mean of the units. A respondent who answered less than the minimum share of the questions is not counted while another respondent reached it. Disagreements between units are listed, with agreement as r_wg, and the score range shows the result with every question at its lowest and at its highest unit.',
  weighted_mean: 'The overall index is the mean of the four dimension scores, weighted by the dimension weights.',
  weakest_link: 'The overall index is the lowest of the four dimension scores.',
  levelsByScore: 'A level is reached when the score is at or above its lower bound.',
  completion:
    'Below the minimum completion, a result shows its completion and the missing questions only: no rank among peers, no gaps and no roadmap, since unanswered questions count as 0 and would mislead.',
} as const;

/** The rule texts a result of this questionnaire carries. */
export function rulesFor(questionnaire: Questionnaire) {
  const level = questionnaire.overall.level;
  const levelRules: string[] = [scoringRules.levelsByScore];
  if (level?.maxAboveWeakestDimension !== undefined) {
    levelRules.push(`The overall level is at most ${level.maxAboveWeakestDimension} above the weakest dimension's level, so strength in one dimension cannot hide absence in another.`);
  }
  const required = Object.entries(level?.requires ?? {});
  if (required.length) {
    levelRules.push(`Each level also requires the practices that define it (${required.map(([id, list]) => `${id}: ${(list ?? []).map((r) => r.question).join(', ')}`).join('; ')}), and those of the levels below.`);
  }
  return {
    unanswered: scoringRules.unanswered,
    notApplicable: questionnaire.notApplicable === 'never_lifts_level' ? scoringRules.notApplicableNeverLifts : scoringRules.notApplicable,
    respondents: questionnaire.respondents.combine === 'by_business_unit' ? scoringRules.respondentsByUnit : scoringRules.respondents,
    overall: scoringRules[questionnaire.overall.rule],
    levels: levelRules.join(' '),
    completion: `${scoringRules.completion} Minimum: ${Math.round(100 * (questionnaire.completion ?? defaultCompletionRule).minimumForResults)}% of the questions answered or marked not applicable.`,
  };
}
