import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AnswerValue } from '../answers/answer-file-schema';
import { scoreAssessment } from '../scoring/score-assessment';
import { rowAnswerArbitrary } from '../testing/answer-arbitraries';
import { fixtureQuestionnaire } from '../testing/fixture-questionnaire';
import { decodeAnswer, encodeAnswer } from './answer-codes';
import { ResponseSetBuilder } from './response-set';
import type { ResponseRow } from './response-row-schema';
import { responseRowToAnswerFile } from './response-row-to-answer-file';
import { scoreResponseSet } from './score-response-set';

function rowArbitrary(questionnaire: ReturnType<typeof fixtureQuestionnaire>): fc.Arbitrary<ResponseRow> {
  return fc.tuple(...questionnaire.questions.map((q) => rowAnswerArbitrary(q))).map((values: (AnswerValue | null | undefined)[]): ResponseRow => ({
    id: 'org',
    industry: 'insurance',
    sizeBand: 'large',
    region: 'europe',
    period: '2026',
    questionnaire: { id: questionnaire.id, version: questionnaire.version },
    answers: Object.fromEntries(
      questionnaire.questions.flatMap((q, k) => (values[k] === undefined ? [] : [[q.id, values[k]!]])),
    ),
  }));
}

describe('scoreResponseSet', () => {
  for (const rule of ['weighted_mean', 'weakest_link'] as const) {
    const questionnaire = fixtureQuestionnaire({ overall: { rule } });
    it(`gives exactly the scores of scoreAssessment, row by row (${rule})`, () => {
      fc.assert(
        fc.property(fc.array(rowArbitrary(questionnaire), { minLength: 1, maxLength: 40 }), (rows) => {
          const builder = new ResponseSetBuilder(questionnaire, 4);
          rows.forEach((row) => builder.add(row));
          const scored = scoreResponseSet(builder.build());
          rows.forEach((row, r) => {
            const single = scoreAssessment(questionnaire, responseRowToAnswerFile(row));
            expect(scored.overall[r]).toBe(single.overall.score);
            single.dimensions.forEach((dimension, d) => {
              expect(scored.dimensions[d]![r]).toBe(dimension.score);
              expect(questionnaire.levels[scored.dimensionLevels[d]![r]!]!.id).toBe(dimension.level.id);
            });
            expect(questionnaire.levels[scored.overallLevel[r]!]!.id).toBe(single.overall.level.id);
          });
        }),
        { numRuns: 100 },
      );
    });
  }

  it('round-trips every answer through its code', () => {
    const questionnaire = fixtureQuestionnaire();
    fc.assert(
      fc.property(rowArbitrary(questionnaire), (row) => {
        for (const question of questionnaire.questions) {
          const value = row.answers[question.id];
          const decoded = decodeAnswer(question, encodeAnswer(question, value));
          if (Array.isArray(value)) expect(new Set(decoded as string[])).toEqual(new Set(value));
          else expect(decoded).toEqual(value);
        }
      }),
    );
  });

  it('keeps profile fields and weights as codes', () => {
    const questionnaire = fixtureQuestionnaire();
    const builder = new ResponseSetBuilder(questionnaire, 1);
    const base = { questionnaire: { id: 'fixture', version: '1.0.0' }, answers: {} } as const;
    builder.add({ ...base, id: 'a', industry: 'retail', sizeBand: 'small', region: 'europe', period: '2025' });
    builder.add({ ...base, id: 'b', industry: 'banking', sizeBand: 'enterprise', region: 'asia-pacific', period: '2026-Q1', weight: 2.5, synthetic: true });
    const set = builder.build();
    expect(set.size).toBe(2);
    expect([...set.industry]).toEqual([0, 2]);
    expect([...set.sizeBand]).toEqual([0, 3]);
    expect(set.periods).toEqual(['2025', '2026-Q1']);
    expect([...set.weight]).toEqual([1, 2.5]);
    expect([...set.synthetic]).toEqual([0, 1]);
    expect(set.answers.length).toBe(2 * questionnaire.questions.length);
    expect(Number.isNaN(set.answers[0])).toBe(true);
  });
});
