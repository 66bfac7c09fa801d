import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { scoreAssessment, storeResult } from '@crm-maturity/core';
import { bundledExamplesDirectory, bundledQuestionnaire } from '@crm-maturity/questionnaires';
import { describe, expect, it } from 'vitest';
import type { Db } from '../db';
import { resultOf } from './assessment-results';

const v1 = bundledQuestionnaire('crm-maturity', '1.0.0');
/** A stored result (format 2) of a bundled v1 example, renamed so two stored results can be told apart. */
const stored = (name: string) => {
  const answers = JSON.parse(readFileSync(join(bundledExamplesDirectory('crm-maturity', 1), 'small-retailer.json'), 'utf8'));
  return storeResult(scoreAssessment(v1, { ...answers, organization: { ...answers.organization, name } }));
};
const nameOf = (result: { organization: { name: string } }) => result.organization.name;

/** A database that serves one stored result and counts how often it is asked. */
function countingDb(json: () => string) {
  const calls = { storedResult: 0 };
  const db = { storedResult: { findUniqueOrThrow: async () => (calls.storedResult++, { result: json() }) } } as unknown as Db;
  return { db, calls };
}

describe('resultOf', () => {
  it('reads and parses a stored result once per request, however many fields ask for it', async () => {
    const { db, calls } = countingDb(() => stored('first'));
    const request = { db };
    const submitted = { id: 'a1', status: 'SUBMITTED' };
    const [first, second] = await Promise.all([resultOf(request, submitted), resultOf(request, submitted)]);
    expect(await resultOf(request, submitted)).toBe(first);
    expect(second).toBe(first);
    expect(calls.storedResult).toBe(1);
  });

  it('keeps nothing from one request to the next: the next request reads the database again', async () => {
    let name = 'before';
    const { db, calls } = countingDb(() => stored(name));
    const submitted = { id: 'a1', status: 'SUBMITTED' };
    expect(nameOf(await resultOf({ db }, submitted))).toBe('before');
    name = 'after';
    expect(nameOf(await resultOf({ db }, submitted))).toBe('after');
    expect(calls.storedResult).toBe(2);
  });

  it('uses the stored JSON loaded with the assessment instead of a query, and keys by assessment', async () => {
    const { db, calls } = countingDb(() => stored('query'));
    const request = { db };
    expect(nameOf(await resultOf(request, { id: 'a1', status: 'SUBMITTED', result: { result: stored('select') } }))).toBe('select');
    expect(nameOf(await resultOf(request, { id: 'a2', status: 'SUBMITTED' }))).toBe('query');
    expect(calls.storedResult).toBe(1);
  });
});
