import { compareWithCohort, CrmMaturityError, defaultMinimumSize, parseCohortFilter, scoreResponseSet, type AssessmentResult, type CohortComparison, type LoadedResponseSet, type Questionnaire } from '@crm-maturity/core';
import { canonicalWhereClause } from './cohort-fields';
import { formatLoadReport } from './format/format-load-report';
import { parseMinSize } from './option-values';
import { namedVersion, readResponseFile, responseFormatOf } from './read-response-file';

export type CohortOptions = { where: string[]; minSize: string | undefined; format: string | undefined; questionnaireDir: string | undefined; quiet: boolean };

/**
 * An organization's result against a cohort of a response file, as both
 * `compare` and `report` read it: the --where filter checked first, a
 * cohort of another questionnaire version refused up front, rejected rows
 * reported (and counted, so the caller can exit 1) and left out.
 */
export async function loadCohortComparison(
  answersFile: string,
  cohortFile: string,
  questionnaire: Questionnaire,
  result: AssessmentResult,
  options: CohortOptions,
  log: (line: string) => void,
): Promise<{ comparison: CohortComparison; loaded: LoadedResponseSet }> {
  const minSize = parseMinSize(options.minSize) ?? defaultMinimumSize;
  const filter = parseCohortFilter(options.where.map(canonicalWhereClause));
  if (!filter.ok) throw new CrmMaturityError('BAD_USER_INPUT', filter.issues.map((issue) => `--where: ${issue.message}`).join('\n'));
  const format = responseFormatOf(cohortFile, options.format);
  const cohortVersion = options.questionnaireDir ? undefined : namedVersion(cohortFile, format);
  if (cohortVersion !== undefined && cohortVersion !== questionnaire.version) {
    throw new CrmMaturityError(
      'QUESTIONNAIRE_MISMATCH',
      `${cohortFile}: its rows are ${questionnaire.id} ${cohortVersion} and ${answersFile} is ${questionnaire.version}; the cohort must use the same questionnaire version`,
    );
  }
  const loaded = await readResponseFile(cohortFile, questionnaire, format);
  for (const line of formatLoadReport(cohortFile, loaded, { quiet: options.quiet })) log(line);
  if (loaded.summary.accepted === 0) throw new CrmMaturityError('INVALID_DATASET', `${cohortFile}: no row was accepted, so there is no cohort to compare with`);
  return { comparison: compareWithCohort(questionnaire, result, scoreResponseSet(loaded.set), filter.filter, { minSize }), loaded };
}
