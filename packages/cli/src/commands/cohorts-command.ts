import { CrmMaturityError, defaultMinimumSize, publicView, releaseCohorts, scoreResponseSet } from '@crm-maturity/core';
import { exitCodeOf, exitCodes } from '../exit-codes';
import { parseGroupingFields } from '../cohort-fields';
import { formatCohorts } from '../format/format-cohorts';
import { formatLoadReport, syntheticCount } from '../format/format-load-report';
import { parseMinSize } from '../option-values';
import { readResponseFile, responseFileQuestionnaire, responseFormatOf } from '../read-response-file';
import type { CommandOutput } from './answer-commands';

export type CohortsOptions = {
  by: string | undefined;
  minSize: string | undefined;
  format: string | undefined;
  version: string | undefined;
  questionnaireDir: string | undefined;
  json: boolean;
  questions: boolean;
  quiet: boolean;
};

/**
 * Cohort statistics of a response file, grouped hierarchically by the --by
 * fields (all organizations, then the first field, then the first two, ...)
 * under disclosure control (withheld cohorts are left out, as the API
 * leaves them out). Rejected rows are reported on stderr and left
 * out; the exit code is then 1, so that a script notices, though the
 * statistics of the accepted rows are still printed.
 */
export async function cohortsCommand(file: string, options: CohortsOptions, log: (line: string) => void): Promise<CommandOutput> {
  const fields = parseGroupingFields(options.by);
  const minSize = parseMinSize(options.minSize) ?? defaultMinimumSize;
  const format = responseFormatOf(file, options.format);
  const questionnaire = responseFileQuestionnaire(file, format, options);
  const loaded = await readResponseFile(file, questionnaire, format);
  for (const line of formatLoadReport(file, loaded, { quiet: options.quiet })) log(line);
  if (loaded.summary.accepted === 0) throw new CrmMaturityError('INVALID_DATASET', `${file}: no row was accepted, so there is nothing to summarize`);

  const scored = scoreResponseSet(loaded.set);
  const groupings = Array.from({ length: fields.length + 1 }, (_, depth) => fields.slice(0, depth));
  const release = releaseCohorts(scored, groupings, { minSize, questions: options.questions });
  const text = options.json
    ? JSON.stringify(publicView(release), null, 2)
    : formatCohorts(release, { questionnaire, fields, organizations: loaded.summary.accepted, synthetic: syntheticCount(loaded), questions: options.questions });
  return { text, exitCode: loaded.summary.rejected > 0 ? exitCodeOf.INVALID_DATASET : exitCodes.ok };
}
