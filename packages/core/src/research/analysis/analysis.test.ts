import { describe, expect, it } from 'vitest';
import { scoredFixtureSet } from '../../testing/profile-rows';
import { codeFraction } from '../cohorts/code-fraction';
import { selectRows } from '../cohorts/select-rows';
import { compareCohorts } from './compare-cohorts';
import { dimensionReliability } from './dimension-reliability';
import { segmentOrganizations } from './segment-organizations';

const scored = scoredFixtureSet(800, 21);
const { questionnaire } = scored.set;

const sampleVariance = (xs: number[]) => {
  const m = xs.reduce((s, x) => s + x, 0) / xs.length;
  return xs.reduce((s, x) => s + (x - m) ** 2, 0) / (xs.length - 1);
};

describe('dimensionReliability', () => {
  it('equals k/(k-1) (1 - sum of item variances / variance of totals) over complete rows', () => {
    const results = dimensionReliability(scored);
    expect(results.filter((r) => r.alpha !== null).length).toBe(3);
    expect(results.map((r) => r.dimension)).toEqual(['people', 'process', 'information', 'technology']);
    for (const result of results) {
      const items = questionnaire.questions.flatMap((q, i) => (q.dimension === result.dimension ? [i] : []));
      const rows: number[][] = [];
      for (let row = 0; row < scored.set.size; row++) {
        const f = items.map((q) => codeFraction(questionnaire, q, scored.set.answers[row * questionnaire.questions.length + q]!));
        if (!f.some(Number.isNaN)) rows.push(f);
      }
      expect(result.n).toBe(rows.length);
      if (rows.length < 2) {
        // information.third-party is never answered in these rows: no complete row, no alpha.
        expect(result.alpha).toBeNull();
        continue;
      }
      const k = items.length;
      const itemVariances = items.map((_, j) => sampleVariance(rows.map((r) => r[j]!)));
      const expected = (k / (k - 1)) * (1 - itemVariances.reduce((s, v) => s + v, 0) / sampleVariance(rows.map((r) => r.reduce((s, x) => s + x, 0))));
      expect(result.alpha).toBeCloseTo(expected, 10);
    }
  });
});

describe('segmentOrganizations', () => {
  it('puts every organization in exactly one tier, tiers ordered and cross-tabulated with levels', () => {
    const segmentation = segmentOrganizations(scored, 4);
    expect(segmentation.tiers).toHaveLength(4);
    expect(segmentation.tiers.reduce((s, t) => s + t.count, 0)).toBe(scored.set.size);
    for (let t = 1; t < 4; t++) expect(segmentation.tiers[t]!.min).toBeGreaterThan(segmentation.tiers[t - 1]!.max);
    segmentation.tierOf.forEach((tier, row) => {
      expect(scored.overall[row]).toBeGreaterThanOrEqual(segmentation.tiers[tier]!.min);
      expect(scored.overall[row]).toBeLessThanOrEqual(segmentation.tiers[tier]!.max);
    });
    for (const tier of segmentation.tiers) expect(Object.values(tier.levels).reduce((s, c) => s + c, 0)).toBe(tier.count);
  });
});

describe('compareCohorts', () => {
  it("reports each score's means and Welch's t as computed by the textbook formula", () => {
    const result = compareCohorts(scored, { industry: ['retail'] }, { industry: ['insurance'] });
    if (result.status !== 'released') throw new Error('expected both cohorts released');
    const a = Array.from(selectRows(scored.set, { industry: ['retail'] }), (r) => scored.overall[r]!);
    const b = Array.from(selectRows(scored.set, { industry: ['insurance'] }), (r) => scored.overall[r]!);
    const mean = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;
    const t = (mean(a) - mean(b)) / Math.sqrt(sampleVariance(a) / a.length + sampleVariance(b) / b.length);
    const overall = result.measures[0]!;
    expect([result.a.n, result.b.n]).toEqual([a.length, b.length]);
    expect(overall.meanA).toBeCloseTo(mean(a), 10);
    expect(overall.comparison!.welch.t).toBeCloseTo(t, 10);
  });

  it('withholds the comparison when a cohort is below the minimum', () => {
    const result = compareCohorts(scored, { industry: ['retail'] }, { industry: ['other'], sizeBand: ['enterprise'], region: ['asia-pacific'] }, { minSize: 30 });
    expect(result).toEqual({ status: 'withheld', a: { label: 'industry=retail' }, b: expect.any(Object), message: 'withheld: each cohort needs at least 30 organizations' });
  });
});
