import { describe, expect, it } from 'vitest';
import { answerMatches, calibrationReport, checkResponseRow, generateResponses, indexQuestions, referenceMeasure, type AnswerValue, type ResponseRow } from '@crm-maturity/core';
import { bundledQuestionnaire } from '@crm-maturity/questionnaires';

const questionnaire = bundledQuestionnaire('crm-maturity', '2');
const rows: ResponseRow[] = [...generateResponses({ questionnaire, count: 20_000, seed: 1 })];
const channels = questionnaire.questions.find((q) => q.id === 'technology.channels-supported')!;
const personalization = questionnaire.questions.find((q) => q.id === 'technology.channel-personalization')!;

describe('synthetic organizations under v2 (20,000 rows, seed 1)', () => {
  it('are internally consistent: no channel is personalized, or answered generically, that the organization does not offer', () => {
    const index = indexQuestions(questionnaire);
    const problems = rows.flatMap((row) => {
      const check = checkResponseRow(questionnaire, row, index);
      return check.ok ? [] : check.issues.map((issue) => `${row.id}: ${issue.message}`);
    });
    expect(problems).toEqual([]);
    // Independently of the checker: count the rows that answer a channel row while not offering the channel.
    if (personalization.type !== 'grid' || !personalization.offeredIn) throw new Error('v2 personalization follows the channel list');
    const { options } = personalization.offeredIn;
    let both = 0;
    let contradictions = 0;
    for (const row of rows) {
      const chosen = row.answers[channels.id];
      const cells = row.answers[personalization.id] as Record<string, string> | null | undefined;
      if (!Array.isArray(chosen) || !cells) continue;
      both++;
      for (const [gridRow, option] of Object.entries(options)) if ((cells[gridRow] !== 'not-offered') !== chosen.includes(option)) contradictions++;
    }
    expect(both).toBeGreaterThan(15_000);
    expect(contradictions).toBe(0);
  });

  it('meets every figure it aims at exactly within 2 points (shares) or 0.2 (means), and fits only the figures that contradict each other', () => {
    const report = calibrationReport(questionnaire);
    const notExact = report.filter((r) => r.status !== 'exact').map((r) => `${r.questionId}#${r.referenceIndex}`);
    // Data sources: 45% + 52% + 22% exceed 100%, and 26% with 20+ exceeds 22% with 10+. Channels: 4.5 and 5 from two studies.
    expect(notExact).toEqual(['information.customer-data-sources#1', 'information.customer-data-sources#2', 'information.customer-data-sources#3', 'technology.channels-supported#1']);
    for (const r of report) {
      const question = questionnaire.questions.find((q) => q.id === r.questionId)!;
      const reference = question.references[r.referenceIndex]!;
      const answered = rows.map((row) => row.answers[r.questionId]).filter((v): v is AnswerValue => v !== undefined && v !== null);
      const value =
        reference.statistic === 'share'
          ? (100 * answered.filter((v) => answerMatches(question, reference.match!, v)).length) / answered.length
          : answered.reduce<number>((sum, v) => sum + (referenceMeasure(question, reference, v) ?? 0), 0) / answered.length;
      const tolerance = r.statistic === 'share' ? 2 : 0.2;
      expect(Math.abs(value - r.target!), `${r.questionId}#${r.referenceIndex}: aims at ${r.target}, generated ${value}`).toBeLessThan(tolerance);
    }
  });
});
