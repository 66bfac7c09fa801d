import { compareWithCohort, defaultMinimumSize, parseCohortFilter, scoreAssessment, scoreResponseSet } from '@crm-maturity/core';
import { CliError, exitCodes } from '../cli-error';
import { canonicalWhereClause } from '../cohort-fields';
import { formatComparison } from '../format/format-comparison';
import { formatLoadReport, syntheticCount } from '../format/format-load-report';
import { parseMinSize } from '../option-values';
import { loadAnswerFile } from '../read-answer-file';
import { namedVersion, readResponseFile, responseFormatOf } from '../read-response-file';
import type { CommandOutput } from './answer-commands';

export type CompareOptions = {
  cohort: string | undefined;
  where: string[];
  minSize: string | undefined;
  format: string | undefined;
  questionnaireDir: string | undefined;
  json: boolean;
  quiet: boolean;
};

/**
 * One organization's answer file against a cohort of a response file. The
 * cohort is read with the answer file's questionnaire version (a cohort of
 * another version is refused up front); rejected rows are reported and left
 * out, and make the exit code 1, as in `cohorts`.
 */
export async function compareCommand(answersFile: string, options: CompareOptions, log: (line: string) => void): Promise<CommandOutput> {
  if (!options.cohort) throw new CliError('compare needs --cohort <responses.jsonl|csv>', exitCodes.usage);
  const cohortFile = options.cohort;
  const minSize = parseMinSize(options.minSize) ?? defaultMinimumSize;
  const filter = parseCohortFilter(options.where.map(canonicalWhereClause));
  if (!filter.ok) throw new CliError(filter.issues.map((issue) => `--where: ${issue.message}`).join('\n'), exitCodes.usage);
  const format = responseFormatOf(cohortFile, options.format);

  const { questionnaire, answers } = loadAnswerFile(answersFile, { questionnaireDir: options.questionnaireDir, mode: { completeness: 'partial' } });
  const result = scoreAssessment(questionnaire, answers);
  const cohortVersion = options.questionnaireDir ? undefined : namedVersion(cohortFile, format);
  if (cohortVersion !== undefined && cohortVersion !== questionnaire.version) {
    throw new CliError(
      `${cohortFile}: its rows are ${questionnaire.id} ${cohortVersion} and ${answersFile} is ${questionnaire.version}; compare needs a cohort of the same questionnaire version`,
    );
  }
  const loaded = await readResponseFile(cohortFile, questionnaire, format);
  for (const line of formatLoadReport(cohortFile, loaded, { quiet: options.quiet })) log(line);
  if (loaded.summary.accepted === 0) throw new CliError(`${cohortFile}: no row was accepted, so there is no cohort to compare with`);

  const comparison = compareWithCohort(questionnaire, result, scoreResponseSet(loaded.set), filter.filter, { minSize });
  const syntheticCohort = comparison.status === 'released' ? comparison.cohort.synthetic : syntheticCount(loaded) > 0;
  return {
    text: options.json ? JSON.stringify(comparison, null, 2) : formatComparison(comparison, result, { syntheticCohort }),
    exitCode: loaded.summary.rejected > 0 ? exitCodes.invalidInput : exitCodes.ok,
  };
}
