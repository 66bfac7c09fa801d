import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rowAnswerArbitrary } from '../../testing/answer-arbitraries';
import { fixtureQuestionnaire } from '../../testing/fixture-questionnaire';
import { industries, regions, sizeBands } from '../response-set';
import type { ResponseRow } from '../response-row-schema';
import { csvHeader } from './csv-layout';
import { formatCsvRecord } from './format-csv-field';
import { parseResponses } from './parse-responses';
import { responseRowToCsvRecord } from './response-row-to-csv-record';

const questionnaire = fixtureQuestionnaire();

/** Any valid row: ids with commas, quotes, line breaks and any Unicode; every answer shape, n/a and unanswered. */
export const rowArbitrary: fc.Arbitrary<ResponseRow> = fc
  .record(
    {
      id: fc.oneof(
        fc.stringMatching(/^[a,"\r\n |=\uFEFF-]{1,12}$/),
        fc.string({ unit: 'grapheme', minLength: 1, maxLength: 30 }).filter((id) => id.length <= 100),
      ),
      synthetic: fc.boolean(),
      industry: fc.constantFrom(...industries),
      sizeBand: fc.constantFrom(...sizeBands),
      region: fc.constantFrom(...regions),
      period: fc.constantFrom('2026', '1999-Q4', '2025-Q1'),
      questionnaire: fc.constant({ id: questionnaire.id, version: questionnaire.version }),
      weight: fc.double({ min: Number.MIN_VALUE, max: 1e300, noNaN: true }),
      answers: fc.tuple(
        ...questionnaire.questions.map((q) =>
          rowAnswerArbitrary(q, { countMax: 1_000_000, shuffle: true }),
        ),
      ),
    },
    { requiredKeys: ['id', 'industry', 'sizeBand', 'region', 'period', 'questionnaire', 'answers'] },
  )
  .map(({ answers, ...profile }) => ({
    ...profile,
    answers: Object.fromEntries(questionnaire.questions.flatMap((q, i) => (answers[i] === undefined ? [] : [[q.id, answers[i]!]]))),
  }));

async function readRows(text: string, format: 'csv' | 'jsonl'): Promise<unknown[]> {
  const out: unknown[] = [];
  for await (const event of parseResponses(questionnaire, [text], { format })) out.push(event.kind === 'row' ? event.row : event);
  return out;
}

describe('responseRowToCsvRecord', () => {
  it('writes the cells of a row in header order', () => {
    const row: ResponseRow = {
      id: 'org-1',
      industry: 'retail',
      sizeBand: 'small',
      region: 'europe',
      period: '2026',
      questionnaire: { id: 'fixture', version: '1.0.0' },
      answers: {
        'people.exec': true,
        'people.front-line': 'some',
        'process.techniques': ['personas', 'journeys'],
        'process.response-rate': 50,
        'information.sources': 3,
        'information.stale': null,
        'technology.personalization': { social: 'personal', email: 'generic' },
        'technology.chat': false,
      },
    };
    expect(csvHeader(questionnaire).join(',')).toBe(
      'id,synthetic,industry,sizeBand,region,period,questionnaireId,questionnaireVersion,weight,' +
        'people.exec,people.front-line,process.techniques,process.response-rate,information.sources,information.stale,information.third-party,technology.personalization,technology.chat',
    );
    expect(formatCsvRecord(responseRowToCsvRecord(questionnaire, row))).toBe(
      'org-1,,retail,small,europe,2026,fixture,1.0.0,,yes,some,personas|journeys,50,3,n/a,,email=generic|social=personal,no',
    );
  });

  it('refuses a row that answers a question the questionnaire does not have', () => {
    const row = { id: 'x', answers: { 'people.ceo': true } } as unknown as ResponseRow;
    expect(() => responseRowToCsvRecord(questionnaire, row)).toThrow('row "x" answers people.ceo, which is not a question of fixture 1.0.0');
  });

  it('round-trips any valid rows through CSV and through JSON Lines', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uniqueArray(rowArbitrary, { selector: (r) => r.id, maxLength: 8 }), async (rows) => {
        const csv = [csvHeader(questionnaire), ...rows.map((r) => responseRowToCsvRecord(questionnaire, r))].map(formatCsvRecord).join('\r\n');
        expect(await readRows(csv, 'csv')).toEqual(rows);
        const jsonl = rows.map((r) => JSON.stringify(r)).join('\n');
        expect(await readRows(jsonl, 'jsonl')).toEqual(rows);
      }),
      { numRuns: 300 },
    );
  });
});
