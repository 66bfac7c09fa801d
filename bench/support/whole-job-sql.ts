import { moduleOf, type Question, type Questionnaire } from '@crm-maturity/core';

/** The response-file formats the CLI reads, as DuckDB reads them. */
export type ResponseFormat = 'csv' | 'jsonl';

/**
 * The researcher's whole job as one DuckDB query, written from the
 * questionnaire's point tables (not from core's scorer): read the response
 * file, score every row (each question's earned fraction, the weighted mean
 * per dimension, the weighted mean of the dimensions), then n, mean and
 * quartiles of the overall index and the dimension means for all
 * organizations, by industry, and by industry × size. The rules it restates
 * are those of `rowScorer` (scoring/score-row.ts): an unanswered question
 * earns 0 and counts, a "not applicable" one leaves its dimension, scores
 * are rounded to 1e-10. Levels and their bounds are not computed: the
 * comparison is on scores.
 *
 * Unanswered and "not applicable" differ per format: in CSV an empty cell
 * against `n/a`; in JSON Lines a missing key against `null`, which is why
 * the JSON answers are read as JSON and each path extracted, not as a typed
 * struct (that would turn both into NULL).
 */
export function wholeJobSql(questionnaire: Questionnaire, file: string, format: ResponseFormat): string {
  const questions = questionnaire.questions.map((question) => ({ question, dimension: question.dimension }));
  const quoted = (text: string) => `'${text.replaceAll("'", "''")}'`;
  const source =
    format === 'csv'
      ? `SELECT industry, sizeBand, ${questions.map(({ question }, i) => `"${question.id}" AS a${i}`).join(', ')} FROM read_csv(${quoted(file)}, header = true, all_varchar = true)`
      : `SELECT industry, sizeBand, json_extract(answers, [${questions.map(({ question }) => quoted(`$."${question.id}"`)).join(', ')}]) AS a FROM read_ndjson(${quoted(file)}, columns = {industry: 'VARCHAR', sizeBand: 'VARCHAR', answers: 'JSON'})`;
  const fractions = questions.map(({ question }, i) => `${fractionOf(question, format === 'csv' ? `a${i}` : `a[${i + 1}]`, format)} AS f${i}`);
  const dimensionScore = (id: string) => {
    const own = questions.map((q, i) => ({ ...q, i })).filter((q) => q.dimension === id);
    const earned = own.map(({ question, i }) => `coalesce(${question.weight} * f${i}, 0)`).join(' + ');
    const applicable = own.map(({ question, i }) => `CASE WHEN f${i} IS NULL THEN 0 ELSE ${question.weight} END`).join(' + ');
    return `coalesce(round(100 * (${earned}) / nullif(${applicable}, 0), 10), 0)`;
  };
  const dimensions = questionnaire.dimensions;
  const totalWeight = dimensions.reduce((sum, d) => sum + d.weight, 0);
  const overall =
    questionnaire.overall.rule === 'weakest_link'
      ? `least(${dimensions.map((_, d) => `d${d}`).join(', ')})`
      : `round((${dimensions.map((d, k) => `${d.weight} * d${k}`).join(' + ')}) / ${totalWeight}, 10)`;
  return `WITH answers AS (${source}),
fractions AS (SELECT industry, sizeBand, ${fractions.join(',\n  ')} FROM answers),
dimensions AS (SELECT industry, sizeBand, ${dimensions.map((d, k) => `${dimensionScore(d.id)} AS d${k}`).join(', ')} FROM fractions),
scores AS (SELECT *, ${overall} AS overall FROM dimensions)
SELECT industry, sizeBand, count(*)::INTEGER AS n, avg(overall) AS mean, quantile_cont(overall, [0.25, 0.5, 0.75]) AS quartiles,
  ${dimensions.map((_, k) => `avg(d${k}) AS d${k}_mean`).join(', ')}
FROM scores GROUP BY GROUPING SETS ((), (industry), (industry, sizeBand))
ORDER BY industry NULLS FIRST, sizeBand NULLS FIRST`;
}

/**
 * One question's earned fraction (0–1) in SQL: NULL when not applicable
 * (it leaves its dimension), 0 when unanswered (it earns nothing and counts).
 */
function fractionOf(question: Question, cell: string, format: ResponseFormat): string {
  const max = moduleOf(question).maxPoints(question);
  const notApplicable = format === 'csv' ? `${cell} = 'n/a'` : `json_type(${cell}) = 'NULL'`;
  const text = format === 'csv' ? cell : `(${cell} ->> '$')`;
  const quoted = (text: string) => `'${text.replaceAll("'", "''")}'`;
  const caseOf = (value: string, table: { id: string; points: number }[]) => `CASE ${value} ${table.map((o) => `WHEN ${quoted(o.id)} THEN ${o.points}`).join(' ')} ELSE 0 END`;
  let points: string;
  switch (question.type) {
    case 'single_choice':
    case 'yes_no': {
      const choices = moduleOf(question).view.choices(question);
      // JSON answers yes/no as true/false, CSV as yes/no.
      const value = question.type === 'yes_no' && format === 'jsonl' ? `CASE ${text} WHEN 'true' THEN 'yes' WHEN 'false' THEN 'no' END` : text;
      points = caseOf(value, choices);
      break;
    }
    case 'count':
    case 'percentage': {
      // The band with the largest minimum at or below the number (bandFor).
      const number = `TRY_CAST(${text} AS DOUBLE)`;
      points = `CASE ${[...question.bands].reverse().map((b) => `WHEN ${number} >= ${b.min} THEN ${b.points}`).join(' ')} ELSE 0 END`;
      break;
    }
    case 'multiple_choice': {
      const list = format === 'csv' ? `(CASE WHEN ${cell} = '-' THEN []::VARCHAR[] ELSE string_split(${cell}, '|') END)` : `from_json(${cell}, '["VARCHAR"]')`;
      const total = question.options.map((o) => `CASE WHEN list_contains(${list}, ${quoted(o.id)}) THEN ${o.points} ELSE 0 END`).join(' + ');
      points = question.maxPoints === undefined ? `(${total})` : `least(${total}, ${question.maxPoints})`;
      break;
    }
    case 'grid': {
      const columnOf = (row: string) => (format === 'csv' ? `regexp_extract(${cell}, ${quoted(`(?:^|\\|)${row.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&')}=([^|]*)`)}, 1)` : `(${cell} ->> ${quoted(`$."${row}"`)})`);
      const dropped = question.columns.filter((c) => c.notOffered).map((c) => c.id);
      const best = Math.max(...question.columns.map((c) => c.points));
      const earned = question.rows.map((r) => caseOf(columnOf(r.id), question.columns)).join(' + ');
      // A row that is missing counts as offered and earns 0, as in grid.points.
      const offered = dropped.length ? question.rows.map((r) => `CASE WHEN coalesce(${columnOf(r.id)}, '') IN (${dropped.map(quoted).join(', ')}) THEN 0 ELSE 1 END`).join(' + ') : String(question.rows.length);
      return `CASE WHEN ${cell} IS NULL THEN 0 WHEN ${notApplicable} THEN NULL ELSE (${earned}) / (CASE WHEN (${offered}) > 0 THEN (${offered}) ELSE ${question.rows.length} END * ${best}) END`;
    }
    default:
      throw new Error(`whole-job SQL has no points for question type ${(question as Question).type} (${(question as Question).id})`);
  }
  return `CASE WHEN ${cell} IS NULL THEN 0 WHEN ${notApplicable} THEN NULL ELSE (${points}) / ${max} END`;
}
