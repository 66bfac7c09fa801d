import { describeValue } from '../support/issue';
import type { Band } from './question-fields';
import type { DefinitionProblem } from './question-type';
import { bandFor, byPoints } from './choice-helpers';
import type { AnswerMatch } from '../model/reference-schema';
import { parseCsvNumber } from '../research/load/csv-number';

/** What count and percentage questions share: a number scored by the band it falls in. */
export function checkBands(bands: readonly Band[], low: number, high: number | undefined, problem: DefinitionProblem): void {
  if (bands[0]?.min !== low) problem(['bands', 0, 'min'], `the first band starts at ${low}`, bands[0]?.min);
  bands.forEach((band, i) => {
    const previous = bands[i - 1];
    if (previous && band.min <= previous.min) problem(['bands', i, 'min'], `bands go up: must be above ${previous.min}`, band.min);
    if (high !== undefined && band.min > high) problem(['bands', i, 'min'], `beyond the largest allowed answer ${high}`, band.min);
  });
}

export function bandPointsOf(bands: readonly Band[], value: unknown) {
  const number = typeof value === 'number' ? value : Number.NaN;
  return { number, band: bandFor(bands, number) };
}

export function bandCategory(bands: readonly Band[], code: number): number {
  const band = bandFor(bands, code);
  return band ? bands.indexOf(band) : 0;
}

export function numberMatches(match: AnswerMatch, value: unknown): boolean {
  if (typeof value !== 'number') return false;
  if ('equals' in match) return value === match.equals;
  if (!('atLeast' in match) && !('atMost' in match)) return false;
  const atLeast = 'atLeast' in match ? match.atLeast : -Infinity;
  const atMost = 'atMost' in match ? (match.atMost ?? Infinity) : Infinity;
  return value >= atLeast && value <= atMost;
}

export function bestBand(bands: readonly Band[], which: 'best' | 'worst'): number {
  return byPoints(bands, which).min;
}

export function formatNumberCell(value: unknown): string {
  return Object.is(value, -0) ? '-0' : String(value);
}

export function parseNumberCell(cell: string) {
  const number = parseCsvNumber(cell);
  return number === undefined ? ({ ok: false, message: `expects a number or n/a, got ${describeValue(cell)}` } as const) : ({ ok: true, value: number } as const);
}

export function bandRows(bands: readonly Band[]) {
  return bands.map((b, i) => ({ key: String(i), id: String(b.min), label: b.label }));
}
