import { CrmMaturityError, isCrmMaturityError, parseResponses, type ErrorDetail, type ResponseChunks, type ResponseFormat, type ResponseRow } from '@crm-maturity/core';
import type { Viewer } from '../auth/roles';
import type { Db } from '../db';
import { forbidden } from '../errors';
import { requireViewer } from './access';
import { latestQuestionnaire, questionnaireVersion } from './questionnaires';

/** Row errors reported back from a rejected import; the count is always exact. */
const reportedErrorCap = 200;
const insertBatch = 500;

export type ImportInput = { name: string; description?: string | null; format: ResponseFormat; chunks: ResponseChunks; questionnaireVersion?: string | null };

/**
 * Imports an anonymized response set (CSV or JSON Lines) as a benchmark
 * dataset. Every row is checked by core first; if any row is rejected the
 * import is refused with a per-row report and nothing is written. Accepted
 * imports are written in one transaction. An import changes no cohort
 * figure: those come from releases, which an admin publishes
 * (`publishRelease`) and which are audited against each other.
 */
export async function importDataset(db: Db, viewer: Viewer | null, input: ImportInput) {
  const admin = requireViewer(viewer);
  if (admin.role !== 'ADMIN') throw forbidden('only an admin can import benchmark datasets');
  const questionnaire = input.questionnaireVersion ? questionnaireVersion('crm-maturity', input.questionnaireVersion) : latestQuestionnaire();
  const rows: ResponseRow[] = [];
  const errors: ErrorDetail[] = [];
  let rejected = 0;
  try {
    for await (const event of parseResponses(questionnaire, input.chunks, { format: input.format })) {
      if ('row' in event) rows.push(event.row);
      else {
        rejected++;
        if (errors.length < reportedErrorCap) {
          errors.push({ line: event.line, message: `line ${event.line}: ${event.issues.map((i) => i.message).join('; ')}`, ...(event.issues[0]?.questionId ? { questionId: event.issues[0].questionId } : {}) });
        }
      }
    }
  } catch (error) {
    // Reading stops at bytes that are not UTF-8: the rest cannot be split into lines reliably.
    if (!isCrmMaturityError(error) || error.code !== 'INVALID_UTF8') throw error;
    const { line, byte } = error.details[0] ?? {};
    throw new CrmMaturityError('INVALID_DATASET', `the upload is not UTF-8 text (line ${line}, byte ${byte}); nothing was imported`, [
      ...errors,
      { line, field: 'file', value: byte, message: error.message },
    ]);
  }
  if (rejected > 0 || rows.length === 0) {
    const summary = rows.length === 0 && rejected === 0 ? 'the upload holds no rows' : `${rejected} of ${rows.length + rejected} rows are invalid`;
    throw new CrmMaturityError('INVALID_DATASET', `${summary}; nothing was imported${rejected > errors.length ? ` (first ${errors.length} reported)` : ''}`, errors);
  }
  const dataset = await db.$transaction(async (tx) => {
    const created = await tx.benchmarkDataset.create({
      data: {
        name: input.name,
        description: input.description ?? null,
        questionnaireId: questionnaire.id,
        questionnaireVersion: questionnaire.version,
        synthetic: rows.every((r) => r.synthetic === true),
        rowCount: rows.length,
        importedById: admin.userId,
      },
    });
    for (let start = 0; start < rows.length; start += insertBatch) {
      await tx.benchmarkRow.createMany({
        data: rows.slice(start, start + insertBatch).map((row) => ({
          datasetId: created.id,
          externalId: row.id,
          industry: row.industry,
          sizeBand: row.sizeBand,
          region: row.region,
          period: row.period,
          weight: row.weight ?? 1,
          synthetic: row.synthetic === true,
          answers: JSON.stringify(row.answers),
        })),
      });
    }
    return created;
  }, { timeout: 120_000 });
  return dataset;
}
