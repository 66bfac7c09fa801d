import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sortCohort } from './sort-cohort';

describe('sortCohort', () => {
  it('sorts numerically, not as strings, and leaves the input alone', () => {
    const input = [10, 9, 100, -1];
    expect(Array.from(sortCohort(input))).toEqual([-1, 9, 10, 100]);
    expect(input).toEqual([10, 9, 100, -1]);
  });

  it('matches Array.prototype.sort with a numeric comparator', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ noNaN: true, noDefaultInfinity: true }).map((v) => (v === 0 ? 0 : v))), (values) => {
        expect(Array.from(sortCohort(values))).toEqual([...values].sort((a, b) => a - b));
      }),
    );
  });

  it('throws on values that are not finite', () => {
    expect(() => sortCohort([1, Infinity])).toThrow('sortCohort requires finite values, got Infinity at index 1');
  });
});
