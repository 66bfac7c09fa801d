import type { BandedPercentile } from '@crm-maturity/core';

/**
 * How the report prints numbers; tests format core's own results with these
 * same functions and look for them in the extracted text.
 */

/** A 0-100 score with one decimal: 58.04 → "58.0". */
export function formatScore(score: number): string {
  return score.toFixed(1);
}

/** A change in points with its sign: 2.4 → "+2.4", -1 → "-1.0". */
export function formatGain(points: number): string {
  const text = points.toFixed(1);
  return points >= 0 && !text.startsWith('-') ? `+${text}` : text === '-0.0' ? '+0.0' : text;
}

/** A fraction (0-1) as a whole percentage: 0.254 → "25%". */
export function formatShare(fraction: number): string {
  return `${Math.round(fraction * 100)}%`;
}

/** A banded percentile rank and its band, rounded: "75 (68-81)" with an en dash. */
export function formatPercentile(percentile: Pick<BandedPercentile, 'rank' | 'low' | 'high'>): string {
  return `${Math.round(percentile.rank)} (${Math.round(percentile.low)}–${Math.round(percentile.high)})`;
}

/** An ordinal for a rank: 1 → "1st", 22 → "22nd", 75 → "75th". */
export function ordinal(value: number): string {
  const n = Math.round(value);
  const tens = n % 100;
  const suffix = tens >= 11 && tens <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
  return `${n}${suffix}`;
}

/** A whole number with thousands separators in every locale: 2000 → "2,000". */
export function formatCount(value: number): string {
  return value.toLocaleString('en-US');
}

const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** A date in words, read in UTC so that it does not depend on the machine's time zone: "23 November 2026". */
export function formatDate(date: Date): string {
  return `${date.getUTCDate()} ${months[date.getUTCMonth()]} ${date.getUTCFullYear()}`;
}

/** "1 change", "3 changes". */
export function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${formatCount(count)} ${count === 1 ? singular : pluralForm}`;
}
