import { describeValue } from '../support/issue';
import type { Band } from './question-fields';
import type { DefinitionProblem } from './question-type';
import { bandFor, byPoints, maxOf } from './choice-helpers';
import { earnedOf } from './question-type';
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

/**
 * What count and percentage questions do alike once a number is valid:
 * score by band, code as the number, write it as is, tally by band.
 * `shown` writes the number in explanations (`7`, `35%`).
 */
export function bandedNumberMethods<Q extends { bands: Band[] }>(shown: (value: number) => string) {
  const maxPoints = (question: Q) => maxOf(question.bands);
  return {
    answerIds: () => undefined,
    maxPoints,
    points: (question: Q, value: unknown) => {
      const { number, band } = bandPointsOf(question.bands, value);
      return earnedOf(band?.points ?? 0, maxPoints(question), `${shown(number)} is in band "${band?.label ?? 'none'}"`);
    },
    best: (question: Q) => bestBand(question.bands, 'best'),
    worst: (question: Q) => bestBand(question.bands, 'worst'),
    encode: (_question: Q, value: unknown) => value as number,
    decode: (_question: Q, code: number) => code,
    category: (question: Q, code: number) => bandCategory(question.bands, code),
    tallyKeys: (question: Q, _value: unknown, code: number) => [String(bandCategory(question.bands, code))],
    distributionRows: (question: Q) => bandRows(question.bands),
    matches: (_question: Q, match: AnswerMatch, value: unknown) => numberMatches(match, value),
    referenceMeasure: (_question: Q, _reference: unknown, value: unknown) => (typeof value === 'number' ? value : undefined),
    formatCell: (_question: Q, value: unknown) => formatNumberCell(value),
    parseCell: (_question: Q, cell: string) => parseNumberCell(cell),
    calibration: { kind: 'bands' as const },
    view: { choices: () => [], rows: () => [], bands: (question: Q) => question.bands, selectionCap: () => undefined },
  };
}
