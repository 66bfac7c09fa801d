import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ResponseSetBuilder, responseRowToAnswerFile, scoreAssessment, scoreResponseSet, type Questionnaire, type ResponseRow } from '@crm-maturity/core';
import { bundledMajorVersions, bundledQuestionnaire } from '@crm-maturity/questionnaires';
import { consistentAnswers, rowAnswerArbitrary } from '../packages/core/src/testing/answer-arbitraries';
import { v1WithV2Rules } from './support/v2-rules';

const subjects: [string, Questionnaire][] = [
  ['v1', bundledQuestionnaire('crm-maturity', '1.0.0')],
  ['v1 questions under the v2 rules', v1WithV2Rules()],
  ...bundledMajorVersions()
    .filter((major) => major > 1)
    .map((major): [string, Questionnaire] => [`v${major}`, bundledQuestionnaire('crm-maturity', String(major))]),
];

function rowArbitrary(questionnaire: Questionnaire): fc.Arbitrary<ResponseRow> {
  return fc.tuple(...questionnaire.questions.map((q) => rowAnswerArbitrary(q))).map((values) => {
    const given = Object.fromEntries(questionnaire.questions.flatMap((q, k) => (values[k] === undefined ? [] : [[q.id, values[k] === null ? { notApplicable: true as const } : { value: values[k]! }]])));
    const consistent = consistentAnswers(questionnaire, given);
    return {
      id: 'org',
      industry: 'insurance',
      sizeBand: 'large',
      region: 'europe',
      period: '2026',
      questionnaire: { id: questionnaire.id, version: questionnaire.version },
      answers: Object.fromEntries(Object.entries(consistent).map(([id, a]) => [id, 'value' in a ? a.value : null])),
    };
  });
}

// The bulk kernel and the single-assessment path share one row scorer; this holds them to it on the real questionnaires.
describe.each(subjects)('single and bulk scoring of %s', (_name, questionnaire) => {
  it('give the same scores and levels row by row', () => {
    fc.assert(
      fc.property(fc.array(rowArbitrary(questionnaire), { minLength: 1, maxLength: 30 }), (rows) => {
        const builder = new ResponseSetBuilder(questionnaire, rows.length);
        rows.forEach((row) => builder.add(row));
        const scored = scoreResponseSet(builder.build());
        rows.forEach((row, r) => {
          const single = scoreAssessment(questionnaire, responseRowToAnswerFile(row));
          expect(scored.overall[r]).toBe(single.overall.score);
          expect(questionnaire.levels[scored.overallLevel[r]!]!.id).toBe(single.overall.level.id);
          single.dimensions.forEach((dimension, d) => {
            expect(scored.dimensions[d]![r]).toBe(dimension.score);
            expect(questionnaire.levels[scored.dimensionLevels[d]![r]!]!.id).toBe(dimension.level.id);
          });
        });
      }),
      { numRuns: process.env.CI ? 100 : 50 },
    );
  });
});
