import { countRange } from '../model/count-range';
import type { QuestionnaireQuestion } from '../model/questionnaire-schema';
import { describeValue, type IssueCode } from '../support/issue';

export type ValueProblem = { code: IssueCode; message: string; value: unknown };

const expectedShape: Record<QuestionnaireQuestion['type'], string> = {
  yes_no: 'true or false',
  single_choice: 'one option id',
  multiple_choice: 'a list of option ids',
  count: 'a whole number',
  percentage: 'a number from 0 to 100',
  grid: 'an object mapping each row id to a column id',
};

/**
 * Checks one answer value against its question. Returns every problem
 * found (empty when the value is fine); never throws.
 */
export function checkAnswerValue(question: QuestionnaireQuestion, value: unknown): ValueProblem[] {
  const wrongType = (): ValueProblem[] => [
    { code: 'WRONG_TYPE', message: `expects ${expectedShape[question.type]}, got ${describeValue(value)}`, value },
  ];
  switch (question.type) {
    case 'yes_no':
      return typeof value === 'boolean' ? [] : wrongType();
    case 'single_choice': {
      if (typeof value !== 'string') return wrongType();
      const ids = (question.options ?? []).map((o) => o.id);
      return ids.includes(value) ? [] : [unknownOption(value, ids)];
    }
    case 'multiple_choice': {
      if (!Array.isArray(value) || value.some((v) => typeof v !== 'string')) return wrongType();
      const ids = question.options.map((o) => o.id);
      const problems: ValueProblem[] = [];
      const seen = new Set<string>();
      for (const id of value as string[]) {
        if (!ids.includes(id)) problems.push(unknownOption(id, ids));
        if (seen.has(id)) problems.push({ code: 'DUPLICATE_OPTION', message: `option "${id}" is listed twice`, value: id });
        seen.add(id);
      }
      const exclusive = question.options.find((o) => o.exclusive && seen.has(o.id));
      if (exclusive && seen.size > 1) {
        problems.push({
          code: 'EXCLUSIVE_OPTION_CONFLICT',
          message: `option "${exclusive.id}" cannot be combined with other options`,
          value,
        });
      }
      return problems;
    }
    case 'count': {
      if (typeof value !== 'number') return wrongType();
      const { min, max } = countRange(question);
      // Infinity (what JSON.parse makes of 1e999) is out of range, not "not a number".
      if (Number.isFinite(value) && !Number.isInteger(value)) return [{ code: 'NOT_WHOLE_NUMBER', message: `expects a whole number from ${min} to ${max}, got ${value}`, value }];
      return rangeProblems(value, min, max);
    }
    case 'percentage':
      if (typeof value !== 'number') return wrongType();
      return rangeProblems(value, 0, 100);
    case 'grid': {
      if (value === null || typeof value !== 'object' || Array.isArray(value)) return wrongType();
      const entries = Object.entries(value as Record<string, unknown>);
      const rowIds = question.rows.map((r) => r.id);
      const columnIds = question.columns.map((c) => c.id);
      const problems: ValueProblem[] = [];
      for (const [row, column] of entries) {
        if (!rowIds.includes(row)) {
          problems.push({ code: 'UNKNOWN_ROW', message: `"${row}" is not a row; rows are ${rowIds.join(', ')}`, value: row });
        } else if (typeof column !== 'string' || !columnIds.includes(column)) {
          problems.push({ ...unknownOption(column, columnIds), message: `row "${row}": ${unknownOption(column, columnIds).message}` });
        }
      }
      const missing = rowIds.filter((id) => !(id in (value as object)));
      if (missing.length > 0) {
        problems.push({ code: 'MISSING_ROW', message: `every row needs an answer; missing ${missing.join(', ')}`, value: missing });
      }
      return problems;
    }
  }
}

function unknownOption(value: unknown, ids: string[]): ValueProblem {
  return { code: 'UNKNOWN_OPTION', message: `${describeValue(value)} is not an option; options are ${ids.join(', ')}`, value };
}

function rangeProblems(value: number, min: number, max: number): ValueProblem[] {
  // NaN fails both comparisons, so it is tested on its own.
  if (Number.isNaN(value) || value < min || value > max) {
    return [{ code: 'OUT_OF_RANGE', message: `must be from ${min} to ${max}, got ${value}`, value: Number.isFinite(value) ? value : String(value) }];
  }
  return [];
}
