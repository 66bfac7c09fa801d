import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readStoredResult, scoreAssessment, storeResult } from '@crm-maturity/core';
import { bundledQuestionnaire } from '@crm-maturity/questionnaires';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { answerFileArbitrary } from './support/answer-arbitraries';
import { repoRoot } from './support/run-cli';

const fixtures = join(repoRoot, 'test', 'fixtures', 'stored-results-format-1');
const examples = join(repoRoot, 'questionnaires', 'crm-maturity', 'v1', 'examples');
const v1 = bundledQuestionnaire('crm-maturity', '1.0.0');
const questionnaireFor = (id: string, version: string) => bundledQuestionnaire(id, version);

// Fixtures: results exactly as the API stored them before result formats existed (scored by commit 59a9a2c).
describe('results stored in format 1 (before formats existed)', () => {
  for (const file of readdirSync(fixtures)) {
    it(`reads back ${file} with every stored figure unchanged, and equal to re-scoring its answers`, () => {
      const text = readFileSync(join(fixtures, file), 'utf8');
      const stored = JSON.parse(text);
      const read = readStoredResult(text, questionnaireFor);
      expect(read.overall.score).toBe(stored.overall.score);
      expect(read.overall.level).toEqual(stored.overall.level);
      expect(read.questionnaire).toEqual(stored.questionnaire);
      expect(read.dimensions.map((d) => [d.score, d.level, d.questions])).toEqual(stored.dimensions.map((d: { score: number; level: unknown; questions: unknown }) => [d.score, d.level, d.questions]));
      expect(read.disagreements).toEqual(stored.disagreements);
      const example = join(examples, file);
      if (readdirSync(examples).includes(file)) expect(read).toEqual(scoreAssessment(v1, JSON.parse(readFileSync(example, 'utf8'))));
    });
  }

  it('refuses a format-1 result whose figures its answers do not give (tampered or scored by other rules)', () => {
    const stored = JSON.parse(readFileSync(join(fixtures, 'mid-size-insurer.json'), 'utf8'));
    stored.overall.score += 1;
    expect(() => readStoredResult(JSON.stringify(stored), questionnaireFor)).toThrow(expect.objectContaining({ code: 'INVALID_STORED_RESULT' }));
    expect(() => readStoredResult(JSON.stringify(stored), questionnaireFor)).toThrow(/does not re-score to its stored scores/);
  });

  it('refuses a format-1 result of another questionnaire content (fingerprint) rather than re-scoring it with different rules', () => {
    const stored = JSON.parse(readFileSync(join(fixtures, 'small-retailer.json'), 'utf8'));
    stored.questionnaire.fingerprint = '0000000000000000';
    expect(() => readStoredResult(JSON.stringify(stored), questionnaireFor)).toThrow(/fingerprint 0000000000000000/);
  });
});

describe('results stored in format 2', () => {
  it('round-trips every generated result exactly', () => {
    fc.assert(
      fc.property(answerFileArbitrary(v1), (answers) => {
        const result = scoreAssessment(v1, answers);
        const text = storeResult(result);
        expect(JSON.parse(text).format).toBe(2);
        expect(readStoredResult(text, questionnaireFor)).toEqual(JSON.parse(JSON.stringify(result)));
      }),
      { numRuns: 40 },
    );
  });

  it('names the path of a stored result that does not match its format, and refuses unknown formats', () => {
    const result = scoreAssessment(v1, JSON.parse(readFileSync(join(examples, 'small-retailer.json'), 'utf8')));
    const broken = JSON.parse(storeResult(result));
    broken.result.overall.score = 'high';
    expect(() => readStoredResult(JSON.stringify(broken), questionnaireFor)).toThrow(/format 2: result\.overall\.score|format 2: overall\.score/);
    expect(() => readStoredResult(JSON.stringify({ format: 3, result }), questionnaireFor)).toThrow(/unknown stored result format 3/);
    expect(() => readStoredResult('not json', questionnaireFor)).toThrow(/must be JSON/);
  });
});
