/**
 * The rules a result applies, in words, so a reader of any result (or the
 * report) can see how it was reached. The code that applies them is in
 * combine-respondents.ts and aggregate-scores.ts.
 */
export const scoringRules = {
  unanswered:
    'An unanswered question earns 0 points and stays in the denominator, so a partial assessment can only understate the score; completion is reported beside it.',
  notApplicable:
    'A "not applicable" question is credited with the fraction the rest of its dimension earns, which leaves the dimension score equal to the weighted mean of its applicable questions. The credit can never exceed the best answer.',
  respondents:
    "With several respondents, a question earns the mean of the fractions earned by those who answered it; respondents who said \"not applicable\" abstain on it. Questions where respondents' fractions differ by at least the questionnaire's threshold are listed as disagreements.",
  weighted_mean: 'The overall index is the mean of the four dimension scores, weighted by the dimension weights.',
  weakest_link: 'The overall index is the lowest of the four dimension scores.',
} as const;
