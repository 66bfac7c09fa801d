import type { ZodType } from 'zod';
import type { AnswerValue } from '../answers/answer-file-schema';
import type { AnswerMatch, PublishedReference } from '../model/reference-schema';
import type { IssueCode } from '../support/issue';

export type ValueProblem = { code: IssueCode; message: string; value: unknown };
export type DefinitionProblem = (path: (string | number)[], message: string, value?: unknown) => void;
/** A decoded CSV cell: the answer (`undefined` unanswered, `null` not applicable), or why the cell cannot be read. */
export type ParsedCell = { ok: true; value: AnswerValue | null | undefined } | { ok: false; message: string };
export type PointsEarned = {
  earned: number;
  /** What the best answer would earn here: usually the question's maximum, less where rows drop out. */
  possible: number;
  /** One line a person can check: what the answer was and why it earned what it did. */
  explanation: string;
};

/**
 * How a question's answers become one number each in bulk data:
 * `enumerated` — codes 0..size-1 (an option index, a bit mask, digits);
 * `integers` — the number itself, from `low`, every value from `clampAt` up
 * scoring alike, scored by the band minimums `cuts` (counts); `numbers` — any number, scored by the band
 * minimums `cuts` (percentages).
 */
export type CodeDomain =
  | { kind: 'enumerated'; size: number }
  | { kind: 'integers'; low: number; clampAt: number; cuts: number[] }
  | { kind: 'numbers'; cuts: number[] };

/**
 * How the synthetic generator aims a question at published figures:
 * `choice` — one draw among `values`, ordered by `points`; a share reference
 * counts the values whose coefficient is 1. `bands` — one draw among the
 * question's bands, then a number inside it. `selection` and `grid` have
 * their own shapes (options drawn independently; one choice per row).
 */
export type CalibrationShape<Q> =
  | { kind: 'choice'; values(question: Q): AnswerValue[]; points(question: Q): number[]; shareCoefficients(question: Q, match: AnswerMatch | undefined): number[] | undefined; meanCoefficients?(question: Q): number[] }
  | { kind: 'bands' }
  | { kind: 'selection' }
  | { kind: 'grid' };

/** The answer choices a client shows, as GraphQL and forms list them. */
export type ChoiceView = { id: string; label: string; points: number; exclusive?: boolean | undefined };

/**
 * Everything one question type knows: what its answers look like, how they
 * are checked, scored, explained, coded for bulk data, written to CSV and
 * generated. A new question type is one module like this plus its line in
 * `registry.ts`; nothing else switches on a question's type.
 */
export type QuestionTypeModule<Q extends { type: string }> = {
  type: Q['type'];
  /** The zod schema of the question's definition in a questionnaire file. */
  schema: ZodType<Q, any>;
  /** Whether answers of this type usually state a fact or a judgement, when a question does not say (`asks`). */
  asks: 'fact' | 'judgement';
  /** Human words for a valid answer, used in error messages. */
  expects: string;
  checkValue(question: Q, value: unknown): ValueProblem[];
  /** Checks a definition beyond its schema (ids unique, bands ascending); reports through `problem`. */
  checkDefinition(question: Q, problem: DefinitionProblem): void;
  /** The `match` forms a published share may use on this type, as sorted key lists ("anyOf+row"). */
  matchKinds: readonly string[];
  /** Ids a reference `match` may name, or undefined when matches are numeric. */
  answerIds(question: Q): ReadonlySet<string> | undefined;
  maxPoints(question: Q): number;
  points(question: Q, value: AnswerValue): PointsEarned;
  best(question: Q): AnswerValue;
  worst(question: Q): AnswerValue;
  codeDomain(question: Q): CodeDomain;
  encode(question: Q, value: AnswerValue): number;
  decode(question: Q, code: number): AnswerValue;
  /** The category of a code in answer distributions (an option or band index). */
  category(question: Q, code: number): number;
  /** Keys one answer adds to an answer distribution, and the distribution's rows. */
  tallyKeys(question: Q, value: AnswerValue, code: number): string[];
  distributionRows(question: Q): { key: string; id: string; label: string }[];
  matches(question: Q, match: AnswerMatch, value: AnswerValue): boolean;
  /** The number a published mean averages, for one answer; undefined when the type has none. */
  referenceMeasure(question: Q, reference: PublishedReference, value: AnswerValue): number | undefined;
  formatCell(question: Q, value: AnswerValue): string;
  parseCell(question: Q, cell: string): ParsedCell;
  /** A valid answer from a source of choices, for example data and property tests. */
  example(question: Q, pick: (count: number) => number): AnswerValue;
  calibration: CalibrationShape<Q>;
  /** What a client shows: the choices (options, columns, yes/no), grid rows, number bands and a selection cap. */
  view: {
    choices(question: Q): ChoiceView[];
    rows(question: Q): { id: string; label: string; group?: string | undefined }[];
    bands(question: Q): { min: number; points: number; label: string }[];
    selectionCap(question: Q): number | undefined;
  };
};

export function formatPoints(points: number): string {
  return Number.isInteger(points) ? String(points) : points.toFixed(2).replace(/0+$/, '');
}

/** The result of `points` for an earned total out of `possible`, with the "x of y points" tail. */
export function earnedOf(earned: number, possible: number, explanation: string): PointsEarned {
  return { earned, possible, explanation: `${explanation}: ${formatPoints(earned)} of ${formatPoints(possible)} points` };
}
