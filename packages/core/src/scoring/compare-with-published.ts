import type { Questionnaire } from '../model/questionnaire-schema';
import { answerMatches, referenceMeasure } from '../model/reference-match';
import type { PublishedReference } from '../model/reference-schema';
import type { AssessmentResult } from './result-types';

export type PublishedComparison = {
  questionId: string;
  topic: string;
  statistic: PublishedReference['statistic'];
  finding: string;
  /** The published figure: percent of organizations (share) or an average (mean); null for a finding without a figure. */
  published: number | null;
  range?: [number, number];
  source: PublishedReference['source'];
  /** What the reader must know to weigh the figure (a contradiction, a limitation); shown with it wherever it is shown. */
  caveat?: string;
  /**
   * The organization's side: for a share, whether its answer is among those
   * the figure counts (with several respondents: whether at least half of
   * those who answered are); for a mean, its own number.
   */
  organization: { matches?: boolean; respondentsMatching?: number; respondentsAnswering: number; value?: number };
  label: 'published research';
};

/**
 * The organization next to every published figure of the questionnaire,
 * always labelled as published research, never mixed with cohort figures.
 */
export function compareWithPublished(questionnaire: Questionnaire, result: AssessmentResult): PublishedComparison[] {
  const scores = new Map(result.dimensions.flatMap((d) => d.questions).map((q) => [q.questionId, q]));
  return questionnaire.questions.flatMap((question) =>
    question.references.map((reference): PublishedComparison => {
      const answers = (scores.get(question.id)?.respondents ?? []).filter((r) => r.status === 'answered' && r.value !== undefined);
      const organization: PublishedComparison['organization'] = { respondentsAnswering: answers.length };
      if (answers.length > 0 && reference.statistic === 'share' && reference.match) {
        const matching = answers.filter((r) => answerMatches(question, reference.match!, r.value!)).length;
        organization.respondentsMatching = matching;
        organization.matches = matching * 2 >= answers.length;
      } else if (answers.length > 0 && reference.statistic === 'mean') {
        const values = answers.map((r) => referenceMeasure(question, reference, r.value!)).filter((v): v is number => v !== undefined);
        if (values.length) organization.value = values.reduce((s, v) => s + v, 0) / values.length;
      }
      return {
        questionId: question.id,
        topic: question.topic,
        statistic: reference.statistic,
        finding: reference.finding,
        published: reference.value,
        ...(reference.range ? { range: reference.range } : {}),
        source: reference.source,
        ...(reference.caveat ? { caveat: reference.caveat } : {}),
        organization,
        label: 'published research',
      };
    }),
  );
}

/**
 * A published figure as text: "45%", "4.5 (4–5)".
 *
 * @example
 * publishedFigureText({ statistic: 'share', published: 45 }) // => '45%'
 */
export function publishedFigureText(p: Pick<PublishedComparison, 'statistic' | 'published' | 'range'>): string {
  const range = p.range ? ` (${p.range[0]}–${p.range[1]})` : '';
  return p.statistic === 'share' ? `${p.published}%${range}` : `${p.published}${range}`;
}
