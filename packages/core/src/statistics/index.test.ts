import { describe, expect, it } from 'vitest';
import * as statistics from './index';

describe('statistics index', () => {
  it('re-exports exactly the public functions', () => {
    expect(Object.keys(statistics).sort()).toEqual(
      [
        'cliffsDelta',
        'cohensD',
        'compareSamples',
        'cronbachAlpha',
        'describeSorted',
        'laplaceNoise',
        'mannWhitneyU',
        'normalCdf',
        'normalQuantile',
        'percentileRank',
        'percentileRankInterval',
        'privateCount',
        'privateMean',
        'quantileType7',
        'regularizedGammaQ',
        'regularizedIncompleteBeta',
        'segmentTiers',
        'sortCohort',
        'studentTCdf',
        'studentTQuantile',
        'uniformFromRandomWords',
        'weightedMean',
        'weightedQuantile',
        'weightedStandardDeviation',
        'welchTTest',
        'wilsonInterval',
      ].sort(),
    );
    for (const value of Object.values(statistics)) expect(typeof value).toBe('function');
  });
});
