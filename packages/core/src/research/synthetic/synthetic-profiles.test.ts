import { describe, expect, it } from 'vitest';
import { industrySchema, regionSchema, sizeBandSchema } from '../../model/profile';
import { syntheticIndustries, syntheticRegions, syntheticSizeBands } from './synthetic-profiles';

describe('synthetic profiles', () => {
  for (const [name, list, schema] of [
    ['industries', syntheticIndustries, industrySchema],
    ['size bands', syntheticSizeBands, sizeBandSchema],
    ['regions', syntheticRegions, regionSchema],
  ] as const) {
    it(`cover every one of the ${name} once, with shares summing to 1`, () => {
      expect([...list.map((entry) => entry.id)].sort()).toEqual([...schema.options].sort());
      expect(list.reduce((sum, entry) => sum + entry.share, 0)).toBeCloseTo(1, 12);
    });
  }
});
