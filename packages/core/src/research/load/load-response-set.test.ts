import { describe, expect, it } from 'vitest';
import { fixtureQuestionnaire } from '../../testing/fixture-questionnaire';
import { decodeAnswer } from '../answer-codes';
import { exampleRow } from './example-rows';
import { loadResponseSet } from './load-response-set';

const questionnaire = fixtureQuestionnaire();

describe('loadResponseSet', () => {
  it('loads every valid row as numbers and reports each bad one with its line', async () => {
    const rows = Array.from({ length: 50 }, (_, i) => exampleRow(questionnaire, i));
    const lines = rows.map((r) => JSON.stringify(r));
    lines.splice(10, 0, '', 'not json');
    lines.splice(30, 0, JSON.stringify({ ...rows[3], answers: { 'information.sources': 0 } }));
    const { set, summary, errors, errorsTruncated } = await loadResponseSet(questionnaire, [lines.join('\n')], { format: 'jsonl' });

    expect(summary).toEqual({ read: 52, accepted: 50, rejected: 2 });
    expect(errors.map((e) => e.message)).toEqual([
      `line 12: not valid JSON: ${(() => { try { JSON.parse('not json'); } catch (e) { return (e as Error).message; } })()}`,
      'line 31: information.sources: must be from 1 to 1000000, got 0; id: "org-3" is already used by the row on line 4',
    ]);
    expect(errors[1]!.issues.map((i) => i.code)).toEqual(['OUT_OF_RANGE', 'DUPLICATE_RESPONDENT']);
    expect(errorsTruncated).toBe(false);

    expect(set.size).toBe(50);
    expect(set.ids).toEqual(rows.map((r) => r.id));
    const q = questionnaire.questions.length;
    rows.forEach((row, r) => {
      expect(set.weight[r]).toBe(row.weight ?? 1);
      expect(set.synthetic[r]).toBe(row.synthetic ? 1 : 0);
      expect(set.periods[set.period[r]!]).toBe(row.period);
      questionnaire.questions.forEach((question, k) => {
        expect(decodeAnswer(question, set.answers[r * q + k]!)).toEqual(row.answers[question.id]);
      });
    });
  });

  it('stops reporting at maxReportedErrors but still counts every rejected row', async () => {
    const text = ['{}', '{}', 'x', '{}', JSON.stringify(exampleRow(questionnaire, 1))].join('\n');
    const loaded = await loadResponseSet(questionnaire, [text], { format: 'jsonl', maxReportedErrors: 2 });
    expect(loaded.summary).toEqual({ read: 5, accepted: 1, rejected: 4 });
    expect(loaded.errors.map((e) => e.line)).toEqual([1, 2]);
    expect(loaded.errorsTruncated).toBe(true);
  });

  it('reports a bad CSV header as an error that is not a row, and rejects the rows after it', async () => {
    const loaded = await loadResponseSet(questionnaire, ['id,colour\na,b\n'], { format: 'csv' });
    expect(loaded.summary).toEqual({ read: 1, accepted: 0, rejected: 1 });
    expect(loaded.errors.map((e) => e.message)).toEqual([
      expect.stringMatching(/^line 1: header: unknown column "colour" \(column 2\);/),
      'line 2: not read: the CSV header on line 1 is invalid',
    ]);
    expect(loaded.set.size).toBe(0);
  });
});
