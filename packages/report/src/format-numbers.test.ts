import { describe, expect, it } from 'vitest';
import { formatDate, formatGain, formatPercentile, formatScore, formatShare, ordinal } from './format-numbers';

describe('the report number formats', () => {
  it('prints scores, gains, shares and percentiles', () => {
    expect(formatScore(58.04)).toBe('58.0');
    expect(formatGain(2.44)).toBe('+2.4');
    expect(formatGain(-1)).toBe('-1.0');
    expect(formatGain(-0.01)).toBe('+0.0');
    expect(formatShare(0.254)).toBe('25%');
    expect(formatPercentile({ rank: 74.6, low: 67.8, high: 80.5 })).toBe('75 (68–81)');
  });

  it('writes ordinals and dates the same in every locale and time zone', () => {
    expect([1, 2, 3, 4, 11, 12, 13, 21, 22, 75, 100].map(ordinal)).toEqual(['1st', '2nd', '3rd', '4th', '11th', '12th', '13th', '21st', '22nd', '75th', '100th']);
    expect(formatDate(new Date('2026-11-23T23:30:00Z'))).toBe('23 November 2026');
  });
});
