import { describe, expect, it } from 'vitest';
import { defaultJsonShapeLimits, jsonShapeProblem } from './json-shape';

const nested = (depth: number) => JSON.parse('['.repeat(depth) + ']'.repeat(depth)) as unknown;

describe('jsonShapeProblem', () => {
  it('accepts an answer-file-sized value', () => {
    expect(jsonShapeProblem({ respondents: [{ answers: { 'a.b': { value: { row: 'col' } } } }] })).toBeUndefined();
    expect(jsonShapeProblem(nested(32))).toBeUndefined();
  });

  it('measures a value nested 200,000 levels deep without overflowing the stack, naming where it went too deep', () => {
    // The negative control: this value does crash recursive code.
    expect(() => JSON.stringify(nested(200_000))).toThrow(RangeError);
    const problem = jsonShapeProblem(nested(200_000));
    expect(problem).toEqual({ path: Array(32).fill(0), message: 'nested deeper than 32 levels' });
  });

  it('names a too-long list, object, string and too many values, with the path', () => {
    expect(jsonShapeProblem({ a: Array(10_001).fill(1) })).toEqual({ path: ['a'], message: 'a list of 10001 items; at most 10000' });
    expect(jsonShapeProblem({ a: { b: 'x'.repeat(10_001) } })).toEqual({ path: ['a', 'b'], message: 'a string of 10001 characters; at most 10000' });
    expect(jsonShapeProblem(Object.fromEntries(Array.from({ length: 10_001 }, (_, i) => [`k${i}`, 1])))).toEqual({ path: [], message: 'an object of 10001 keys; at most 10000' });
    const wide = Array.from({ length: 20 }, () => Array(9_000).fill(0));
    expect(jsonShapeProblem(wide, defaultJsonShapeLimits)?.message).toBe('holds more than 100000 values');
  });
});
