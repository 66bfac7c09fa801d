import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fingerprint } from '../../support/fingerprint';
import { fixtureQuestionnaire } from '../../testing/fixture-questionnaire';
import { checkResponseRow, indexQuestions } from '../check-response-row';
import { generateResponses, type GenerateResponsesOptions } from './generate-responses';

const questionnaire = fixtureQuestionnaire();
const generate = (options: Partial<GenerateResponsesOptions> = {}) => [...generateResponses({ questionnaire, count: 50, seed: 1, ...options })];
const json = (options: Partial<GenerateResponsesOptions>) => JSON.stringify(generate(options));

describe('generateResponses', () => {
  it('gives valid rows marked synthetic, with sequential ids', () => {
    const index = indexQuestions(questionnaire);
    const rows = generate({ count: 3000, seed: 11, periods: ['2025', '2026-Q1'] });
    rows.forEach((row, i) => {
      const check = checkResponseRow(questionnaire, row, index);
      if (!check.ok) throw new Error(`${row.id}: ${check.issues.map((issue) => issue.message).join('; ')}`);
      expect(row.synthetic).toBe(true);
      expect(row.id).toBe(`syn-${String(i + 1).padStart(6, '0')}`);
    });
    expect(generate({ count: 1, idPrefix: 'bench' })[0]!.id).toBe('bench-000001');
  });

  it('repeats itself for a seed, and a shorter run is a prefix of a longer one', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 32 - 1 }), fc.integer({ min: 0, max: 20 }), (seed, count) => {
        expect(json({ seed, count })).toBe(json({ seed, count }));
        expect(generate({ seed, count: count + 5 }).slice(0, count)).toEqual(generate({ seed, count }));
      }),
      { numRuns: 30 },
    );
  });

  it('keeps its stream from release to release (seed 1, 200 rows of the fixture)', () => {
    // A change here changes every benchmark and example built on synthetic data:
    // update the fingerprint only on purpose, and say so in the changelog.
    expect(fingerprint(generate({ count: 200, seed: 1 }))).toBe('39af1ce0346b6b4d');
  });

  it('differs between seeds', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 32 - 1 }), fc.integer({ min: 0, max: 2 ** 32 - 1 }), (a, b) => {
        fc.pre(a !== b);
        expect(json({ seed: a, count: 3 })).not.toBe(json({ seed: b, count: 3 }));
      }),
      { numRuns: 50 },
    );
  });

  it('leaves about 2% unanswered and answers "not applicable" about 5% only where allowed', () => {
    const rows = generate({ count: 20_000, seed: 3 });
    for (const question of questionnaire.questions) {
      const missing = rows.filter((row) => !(question.id in row.answers)).length / rows.length;
      const notApplicable = rows.filter((row) => row.answers[question.id] === null).length / rows.length;
      // Binomial standard errors at n = 20,000: 0.1 points for 2%, 0.15 for 5%; allow five.
      expect(Math.abs(missing - 0.02), question.id).toBeLessThan(0.005);
      if (question.allowNotApplicable) expect(Math.abs(notApplicable - 0.05), question.id).toBeLessThan(0.0075);
      else expect(notApplicable, question.id).toBe(0);
    }
  });

  it('follows the rates it is given, moving no other answer', () => {
    const complete = generate({ count: 200, unansweredRate: 0, notApplicableRate: 0 });
    complete.forEach((row) => expect(Object.keys(row.answers)).toHaveLength(questionnaire.questions.length));
    const allNotApplicable = generate({ count: 200, unansweredRate: 0, notApplicableRate: 1 });
    allNotApplicable.forEach((row, i) => {
      for (const question of questionnaire.questions) {
        expect(row.answers[question.id]).toEqual(question.allowNotApplicable ? null : complete[i]!.answers[question.id]);
      }
    });
  });

  it('chooses the exclusive option alone, when no other option is drawn', () => {
    const answers = generate({ count: 2000, seed: 5 }).map((row) => row.answers['process.techniques']).filter(Array.isArray) as string[][];
    const alone = answers.filter((a) => a.includes('none'));
    expect(alone.length).toBeGreaterThan(0);
    alone.forEach((a) => expect(a).toEqual(['none']));
    expect(answers.some((a) => a.length === 0)).toBe(false);
  });

  it('meets the published share of the fixture within two points', () => {
    const answered = generate({ count: 20_000, seed: 9 }).map((row) => row.answers['information.sources']).filter((v) => typeof v === 'number');
    expect(Math.abs(answered.filter((v) => v === 1).length / answered.length - 0.45)).toBeLessThan(0.02);
  });

  it('spreads rows over the periods', () => {
    const rows = generate({ count: 4000, periods: ['2025', '2026'] });
    const share2025 = rows.filter((row) => row.period === '2025').length / rows.length;
    expect(Math.abs(share2025 - 0.5)).toBeLessThan(0.04);
  });

  it('says which option is wrong', () => {
    expect(() => generate({ count: -1 })).toThrow('generateResponses requires count to be a whole number of at least 0, got -1');
    expect(() => generate({ seed: 2 ** 32 })).toThrow('a synthetic seed must be a whole number from 0 to 4294967295, got 4294967296');
    expect(() => generate({ periods: [] })).toThrow('generateResponses requires at least one period, got []');
    expect(() => generate({ periods: ['2026', '26'] })).toThrow('generateResponses: periods[1] must be a year or a quarter such as "2026" or "2026-Q3", got "26"');
    expect(() => generate({ idPrefix: '' })).toThrow('generateResponses requires an idPrefix of 1 to 93 characters, got ""');
    expect(() => generate({ unansweredRate: 1.5 })).toThrow('generateResponses requires unansweredRate from 0 to 1, got 1.5');
    expect(() => generate({ unansweredRate: 0.6, notApplicableRate: 0.6 })).toThrow('generateResponses requires unansweredRate + notApplicableRate of at most 1, got 0.6 + 0.6');
  });
});
