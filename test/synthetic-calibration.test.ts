import { describe, expect, it } from 'vitest';
import type { AnswerMatch, AnswerValue, QuestionnaireQuestion, ResponseRow } from '@crm-maturity/core';
import { bundledQuestionnaire } from '@crm-maturity/questionnaires';
import { calibrationReport } from '@crm-maturity/core';
import { generateResponses } from '@crm-maturity/core';

const questionnaire = bundledQuestionnaire('crm-maturity', '1.0.0');
const rows: ResponseRow[] = [...generateResponses({ questionnaire, count: 20_000, seed: 1 })];
const report = calibrationReport(questionnaire);

// The statistics are computed here from the published definitions, not with the generator's code.
function matches(match: AnswerMatch, value: AnswerValue): boolean {
  if ('row' in match) return match.anyOf.includes((value as Record<string, string>)[match.row]!);
  if ('equals' in match) return value === match.equals;
  if ('includes' in match) return (value as string[]).includes(match.includes);
  if ('anyOf' in match) return Array.isArray(value) ? value.some((v) => match.anyOf.includes(v)) : match.anyOf.includes(value as string);
  const atLeast = 'atLeast' in match ? match.atLeast : -Infinity;
  return (value as number) >= atLeast && (value as number) <= (match.atMost ?? Infinity);
}

function measure(question: QuestionnaireQuestion, value: AnswerValue): number {
  if (question.type === 'multiple_choice') return question.options.filter((o) => !o.exclusive && (value as string[]).includes(o.id)).length;
  if (question.type === 'yes_no') return value === true ? 1 : 0;
  return value as number;
}

function generated(questionId: string, referenceIndex: number): number {
  const question = questionnaire.questions.find((q) => q.id === questionId)!;
  const reference = question.references[referenceIndex]!;
  const answered = rows.map((row) => row.answers[questionId]).filter((v): v is AnswerValue => v !== undefined && v !== null);
  if (reference.statistic === 'share') return (100 * answered.filter((v) => matches(reference.match!, v)).length) / answered.length;
  return answered.reduce<number>((sum, v) => sum + measure(question, v), 0) / answered.length;
}

describe('synthetic organizations against the published reference (20,000 rows, seed 1)', () => {
  it('aims at every published figure, except the ones that conflict with an earlier figure of their question', () => {
    const notExact = report.filter((r) => r.status !== 'exact').map((r) => `${r.questionId}#${r.referenceIndex} ${r.status}`);
    // Data sources: 45% + 52% + 22% exceed 100%, and 26% with twenty or more exceeds 22% with ten or more.
    // Channels: 4.5 in the benchmark study and 5 in a later one; the first is kept.
    expect(notExact).toEqual([
      'information.customer-data-sources#1 fitted',
      'information.customer-data-sources#2 fitted',
      'information.customer-data-sources#3 fitted',
      'technology.channels-supported#1 fitted',
    ]);
    for (const r of report.filter((r) => r.status === 'exact')) expect(r.target, `${r.questionId}#${r.referenceIndex}`).toBeCloseTo(r.published, 9);
    // Every question with a numeric figure is in the report.
    const withFigures = questionnaire.questions.filter((q) => q.references.some((ref) => ref.value !== null)).map((q) => q.id);
    expect([...new Set(report.map((r) => r.questionId))]).toEqual(withFigures);
  });

  it('meets each share within 2 points and each mean within 0.2 of what it aims at', () => {
    for (const r of report) {
      const value = generated(r.questionId, r.referenceIndex);
      const tolerance = r.statistic === 'share' ? 2 : 0.2;
      expect(Math.abs(value - r.target!), `${r.questionId}#${r.referenceIndex}: aims at ${r.target}, generated ${value}`).toBeLessThan(tolerance);
      if (r.status === 'exact') expect(Math.abs(value - r.published), `${r.questionId}#${r.referenceIndex} against the published ${r.published}`).toBeLessThan(tolerance);
    }
  });

  it('fits the conflicting data-source figures as a compromise, keeping the first', () => {
    const byIndex = (i: number) => generated('information.customer-data-sources', i);
    expect(Math.abs(byIndex(0) - 45)).toBeLessThan(2);
    // Each later figure is approached but cannot be met: together they would exceed 100%.
    expect(byIndex(1)).toBeGreaterThan(20);
    expect(byIndex(1)).toBeLessThan(52);
    expect(byIndex(2)).toBeGreaterThan(12);
    expect(byIndex(3)).toBeGreaterThan(5);
    expect(byIndex(3)).toBeLessThan(byIndex(2)); // twenty or more is part of ten or more
  });
});
