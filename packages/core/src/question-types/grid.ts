import { z } from 'zod';
import { commonQuestionFields, localIdSchema, optionSchema, questionIdSchema } from './question-fields';
import { earnedOf, formatPoints, type QuestionTypeModule, type ValueProblem } from './question-type';
import { byPoints, checkUniqueIds, maxOf, unknownOption, wrongType } from './choice-helpers';
import { describeValue } from '../support/issue';

export const gridRowSchema = z.strictObject({
  id: localIdSchema,
  label: z.string().min(1),
  /** A grouping for display, e.g. the channel spectrum of physical, remote human, automated. */
  group: z.string().optional(),
});

export const gridColumnSchema = optionSchema.extend({
  /**
   * The row does not apply to this organization (a channel it does not
   * offer, a network it is not on): the row drops out of the question's
   * points instead of counting as the worst answer.
   */
  notOffered: z.boolean().optional(),
});

export const gridQuestionSchema = z.strictObject({
  ...commonQuestionFields,
  type: z.literal('grid'),
  rows: z.array(gridRowSchema).min(2),
  columns: z.array(gridColumnSchema).min(2),
  /**
   * Rows that stand for options of a multiple-choice question (row id ->
   * option id): a row is offered exactly when that option is chosen there,
   * and answers that disagree are a validation problem naming both questions.
   */
  offeredIn: z.strictObject({ question: questionIdSchema, options: z.record(localIdSchema, localIdSchema) }).optional(),
});
export type GridQuestion = z.infer<typeof gridQuestionSchema>;

const cellsOf = (value: unknown) => (typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, string>) : {});
const bestColumnPoints = (question: GridQuestion) => maxOf(question.columns);
const notOfferedIds = (question: GridQuestion) => new Set(question.columns.filter((c) => c.notOffered).map((c) => c.id));

/**
 * One column id per row; coded as the column indexes, read as the digits of
 * a number in base (column count). With a `notOffered` column the question
 * scores only the rows that apply: a firm that personalizes the three
 * channels it offers earns full points.
 */
export const grid: QuestionTypeModule<GridQuestion> = {
  type: 'grid',
  schema: gridQuestionSchema,
  asks: 'fact',
  expects: 'an object mapping each row id to a column id',
  checkValue: (question, value) => {
    if (value === null || typeof value !== 'object' || Array.isArray(value)) return wrongType(grid.expects, value);
    const rowIds = question.rows.map((r) => r.id);
    const columnIds = question.columns.map((c) => c.id);
    const problems: ValueProblem[] = [];
    for (const [row, column] of Object.entries(value as Record<string, unknown>)) {
      if (!rowIds.includes(row)) {
        problems.push({ code: 'UNKNOWN_ROW', message: `"${row}" is not a row; rows are ${rowIds.join(', ')}`, value: row });
      } else if (typeof column !== 'string' || !columnIds.includes(column)) {
        problems.push({ ...unknownOption(column, columnIds), message: `row "${row}": ${unknownOption(column, columnIds).message}` });
      }
    }
    const missing = rowIds.filter((id) => !(id in (value as object)));
    if (missing.length > 0) problems.push({ code: 'MISSING_ROW', message: `every row needs an answer; missing ${missing.join(', ')}`, value: missing });
    return problems;
  },
  checkDefinition: (question, problem) => {
    checkUniqueIds(question.columns, problem, 'columns');
    checkUniqueIds(question.rows, problem, 'rows', 'row');
    if (question.columns.filter((c) => c.notOffered).length > 1) problem(['columns'], 'at most one column can be "notOffered"');
    for (const column of question.columns) if (column.notOffered && column.points !== 0) problem(['columns'], `the "notOffered" column "${column.id}" must earn 0 points`, column.points);
    for (const row of Object.keys(question.offeredIn?.options ?? {})) {
      if (!question.rows.some((r) => r.id === row)) problem(['offeredIn', 'options', row], `"${row}" is not a row of this question`, row);
    }
    if (question.offeredIn && !question.columns.some((c) => c.notOffered)) problem(['offeredIn'], 'a grid whose rows follow another question needs a "notOffered" column');
  },
  matchKinds: ['anyOf+row'],
  answerIds: (question) => new Set(question.columns.map((c) => c.id)),
  maxPoints: (question) => question.rows.length * bestColumnPoints(question),
  points: (question, value) => {
    const cells = cellsOf(value);
    const dropped = notOfferedIds(question);
    let earned = 0;
    let offered = 0;
    const parts: string[] = [];
    for (const row of question.rows) {
      const column = question.columns.find((c) => c.id === cells[row.id]);
      if (column && dropped.has(column.id)) {
        parts.push(`${row.label} ${column.label}`);
        continue;
      }
      offered++;
      earned += column?.points ?? 0;
      parts.push(`${row.label} ${column?.label ?? '?'} (${formatPoints(column?.points ?? 0)})`);
    }
    // Nothing offered earns nothing: dropping every row must not turn into full marks.
    const possible = (offered > 0 ? offered : question.rows.length) * bestColumnPoints(question);
    const scope = dropped.size > 0 && offered < question.rows.length ? ` (${offered} of ${question.rows.length} rows apply)` : '';
    return earnedOf(earned, possible, parts.join('; ') + scope);
  },
  best: (question) => {
    const column = byPoints(question.columns, 'best').id;
    return Object.fromEntries(question.rows.map((row) => [row.id, column]));
  },
  worst: (question) => {
    const scored = question.columns.filter((c) => !c.notOffered);
    const column = byPoints(scored.length ? scored : question.columns, 'worst').id;
    return Object.fromEntries(question.rows.map((row) => [row.id, column]));
  },
  codeDomain: (question) => ({ kind: 'enumerated', size: question.columns.length ** question.rows.length }),
  encode: (question, value) => {
    const cells = value as Record<string, string>;
    let code = 0;
    for (let r = question.rows.length - 1; r >= 0; r--) {
      code = code * question.columns.length + question.columns.findIndex((c) => c.id === cells[question.rows[r]!.id]);
    }
    return code;
  },
  decode: (question, code) => {
    const cells: Record<string, string> = {};
    let rest = code;
    for (const row of question.rows) {
      cells[row.id] = question.columns[rest % question.columns.length]!.id;
      rest = Math.floor(rest / question.columns.length);
    }
    return cells;
  },
  category: (_question, code) => code,
  tallyKeys: (_question, value) => Object.entries(value as Record<string, string>).map(([row, column]) => `${row}:${column}`),
  distributionRows: (question) =>
    question.rows.flatMap((r) => question.columns.map((c) => ({ key: `${r.id}:${c.id}`, id: `${r.id}:${c.id}`, label: `${r.label}: ${c.label}` }))),
  matches: (_question, match, value) => 'row' in match && match.anyOf.includes(cellsOf(value)[match.row] ?? ''),
  referenceMeasure: (question, reference, value) => {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
    const cells = value as Record<string, string>;
    const match = reference.match;
    const counts = (row: string) => {
      const column = cells[row];
      if (match && 'anyOf' in match) return match.anyOf.includes(column ?? '');
      return (question.columns.find((c) => c.id === column)?.points ?? 0) > 0;
    };
    return question.rows.filter((r) => counts(r.id)).length;
  },
  formatCell: (question, value) => {
    const cells = value as Record<string, string>;
    return question.rows
      .filter((row) => row.id in cells)
      .map((row) => `${row.id}=${cells[row.id]}`)
      .join('|');
  },
  parseCell: (_question, cell) => {
    // A Map, so that a row named "__proto__" is an unknown row rather than a prototype.
    const cells = new Map<string, string>();
    for (const pair of cell.split('|')) {
      const equals = pair.indexOf('=');
      if (equals === -1) return { ok: false, message: `expects row=column pairs joined by "|", got ${describeValue(cell)}` };
      const row = pair.slice(0, equals);
      if (cells.has(row)) return { ok: false, message: `row "${row}" is answered twice in ${describeValue(cell)}` };
      cells.set(row, pair.slice(equals + 1));
    }
    return { ok: true, value: Object.fromEntries(cells) };
  },
  example: (question, pick) => {
    const cells: Record<string, string> = {};
    for (const [r, row] of question.rows.entries()) cells[row.id] = question.columns[(pick(question.columns.length) + r) % question.columns.length]!.id;
    return cells;
  },
  calibration: { kind: 'grid' },
  view: { choices: (question) => question.columns, rows: (question) => question.rows, bands: () => [], selectionCap: () => undefined },
};
