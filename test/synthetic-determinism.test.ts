import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bundledQuestionnaire } from '@crm-maturity/questionnaires';
import { generateResponses } from '@crm-maturity/core';

const questionnaire = bundledQuestionnaire('crm-maturity', '1.0.0');
const json = (seed: number, count: number, periods?: string[]) => JSON.stringify([...generateResponses({ questionnaire, count, seed, periods })]);

describe('synthetic organizations are reproducible', () => {
  it('gives byte-identical JSON for the same seed', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 32 - 1 }), fc.integer({ min: 1, max: 10 }), (seed, count) => {
        expect(json(seed, count, ['2025', '2026'])).toBe(json(seed, count, ['2025', '2026']));
      }),
      { numRuns: 40 },
    );
  });

  it('gives different organizations for different seeds', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 32 - 1 }), fc.integer({ min: 0, max: 2 ** 32 - 1 }), (a, b) => {
        fc.pre(a !== b);
        const [first, second] = [JSON.parse(json(a, 2)), JSON.parse(json(b, 2))];
        expect(first[0].answers).not.toEqual(second[0].answers);
      }),
      { numRuns: 40 },
    );
  });
});
