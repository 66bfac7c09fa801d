import { ResponseSetBuilder, scoreResponseSet, type Questionnaire, type ResponseRow, type ScoredResponseSet } from '@crm-maturity/core';
import type { Db } from '../db';

/** Every benchmark row of a questionnaire version, scored, with the dataset each row came from (same order). */
export type ScoredBenchmark = { scored: ScoredResponseSet; datasetOfRow: string[]; datasetIds: string[] };

/** Reads and scores the benchmark rows of a questionnaire version, in an order both databases agree on. */
export async function loadScoredBenchmark(db: Db, questionnaire: Questionnaire): Promise<ScoredBenchmark> {
  const rows = await db.benchmarkRow.findMany({
    where: { dataset: { questionnaireId: questionnaire.id, questionnaireVersion: questionnaire.version } },
  });
  // Sorted here by code points, not by the database: PostgreSQL's collation could order ids
  // differently from SQLite's, and the order of sums decides the last digits of a mean.
  rows.sort((a, b) => (a.datasetId < b.datasetId ? -1 : a.datasetId > b.datasetId ? 1 : a.externalId < b.externalId ? -1 : a.externalId > b.externalId ? 1 : 0));
  const builder = new ResponseSetBuilder(questionnaire, Math.max(1, rows.length));
  for (const row of rows) {
    builder.add({
      id: `${row.datasetId}/${row.externalId}`,
      synthetic: row.synthetic,
      industry: row.industry as ResponseRow['industry'],
      sizeBand: row.sizeBand as ResponseRow['sizeBand'],
      region: row.region as ResponseRow['region'],
      period: row.period,
      questionnaire: { id: questionnaire.id, version: questionnaire.version },
      weight: row.weight,
      answers: JSON.parse(row.answers) as ResponseRow['answers'],
    });
  }
  const datasetOfRow = rows.map((r) => r.datasetId);
  return { scored: scoreResponseSet(builder.build()), datasetOfRow, datasetIds: [...new Set(datasetOfRow)] };
}
