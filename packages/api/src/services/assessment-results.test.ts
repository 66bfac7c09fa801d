import { describe, expect, it } from 'vitest';
import type { Db } from '../db';
import { resultOf } from './assessment-results';

/** A database that serves one stored result and counts how often it is asked. */
function countingDb(json: () => string) {
  const calls = { storedResult: 0 };
  const db = { storedResult: { findUniqueOrThrow: async () => (calls.storedResult++, { result: json() }) } } as unknown as Db;
  return { db, calls };
}

describe('resultOf', () => {
  it('reads and parses a stored result once per request, however many fields ask for it', async () => {
    const { db, calls } = countingDb(() => '{"overall":{"score":50}}');
    const request = { db };
    const submitted = { id: 'a1', status: 'SUBMITTED' };
    const [first, second] = await Promise.all([resultOf(request, submitted), resultOf(request, submitted)]);
    expect(await resultOf(request, submitted)).toBe(first);
    expect(second).toBe(first);
    expect(calls.storedResult).toBe(1);
  });

  it('keeps nothing from one request to the next: the next request reads the database again', async () => {
    let score = 50;
    const { db, calls } = countingDb(() => `{"overall":{"score":${score}}}`);
    const submitted = { id: 'a1', status: 'SUBMITTED' };
    expect(await resultOf({ db }, submitted)).toEqual({ overall: { score: 50 } });
    score = 60;
    expect(await resultOf({ db }, submitted)).toEqual({ overall: { score: 60 } });
    expect(calls.storedResult).toBe(2);
  });

  it('uses the stored JSON loaded with the assessment instead of a query, and keys by assessment', async () => {
    const { db, calls } = countingDb(() => '{"from":"query"}');
    const request = { db };
    expect(await resultOf(request, { id: 'a1', status: 'SUBMITTED', result: { result: '{"from":"select"}' } })).toEqual({ from: 'select' });
    expect(await resultOf(request, { id: 'a2', status: 'SUBMITTED' })).toEqual({ from: 'query' });
    expect(calls.storedResult).toBe(1);
  });
});
