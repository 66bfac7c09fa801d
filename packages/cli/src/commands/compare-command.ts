import { CrmMaturityError, scoreAssessment } from '@crm-maturity/core';
import { exitCodeOf, exitCodes } from '../exit-codes';
import { formatComparison } from '../format/format-comparison';
import { syntheticCount } from '../format/format-load-report';
import { loadCohortComparison } from '../load-cohort-comparison';
import { loadAnswerFile } from '../read-answer-file';
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
  if (!options.cohort) throw new CrmMaturityError('BAD_USER_INPUT', 'compare needs --cohort <responses.jsonl|csv>');
  const { questionnaire, answers } = loadAnswerFile(answersFile, { questionnaireDir: options.questionnaireDir, mode: { completeness: 'partial' } });
  const result = scoreAssessment(questionnaire, answers);
  const { comparison, loaded } = await loadCohortComparison(answersFile, options.cohort, questionnaire, result, options, log);
  const syntheticCohort = comparison.status === 'released' ? comparison.cohort.synthetic : syntheticCount(loaded) > 0;
  return {
    text: options.json ? JSON.stringify(comparison, null, 2) : formatComparison(comparison, result, { syntheticCohort }),
    exitCode: loaded.summary.rejected > 0 ? exitCodeOf.INVALID_DATASET : exitCodes.ok,
  };
}
