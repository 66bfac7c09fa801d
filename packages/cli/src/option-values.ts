import { CrmMaturityError, lowestMinimumSize, periodSchema } from '@crm-maturity/core';
import { count } from './format/counts';

/**
 * Parses a whole-number option such as `--n 10000`.
 *
 * @throws CrmMaturityError BAD_USER_INPUT when it is missing, not a whole number, or outside the range, with the rule
 */
export function parseWholeNumber(name: string, value: string | undefined, range: { min: number; max: number }): number {
  if (value === undefined) throw new CrmMaturityError('BAD_USER_INPUT', `${name} is required (a whole number from ${count(range.min)} to ${count(range.max)})`);
  const parsed = /^\d+$/.test(value.trim()) ? Number(value.trim()) : Number.NaN;
  if (!(parsed >= range.min && parsed <= range.max)) {
    throw new CrmMaturityError('BAD_USER_INPUT', `${name}: must be a whole number from ${count(range.min)} to ${count(range.max)}, got "${value}"`);
  }
  return parsed;
}

/**
 * Parses `--min-size`: cohorts smaller than this are withheld; below the
 * lowest allowed size nothing may be configured at all.
 *
 * @throws CrmMaturityError BAD_USER_INPUT naming the rule
 */
export function parseMinSize(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const parsed = /^\d+$/.test(value.trim()) ? Number(value.trim()) : Number.NaN;
  if (!(parsed >= lowestMinimumSize)) {
    throw new CrmMaturityError(
      'BAD_USER_INPUT',
      `--min-size: must be a whole number of at least ${lowestMinimumSize}; smaller cohorts would identify organizations and are never released, got "${value}"`,
    );
  }
  return parsed;
}

/**
 * Parses `--periods 2025,2026`.
 *
 * @throws CrmMaturityError BAD_USER_INPUT naming a period that is neither a year nor a quarter
 */
export function parsePeriods(value: string | undefined): string[] | undefined {
  if (value === undefined) return undefined;
  const periods = value.split(',').map((p) => p.trim());
  for (const period of periods) {
    if (!periodSchema.safeParse(period).success) {
      throw new CrmMaturityError('BAD_USER_INPUT', `--periods: "${period}" is not a period; a period is a year or a quarter, e.g. 2026 or 2026-Q3`);
    }
  }
  return periods;
}
