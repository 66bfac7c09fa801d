import { mkdtempSync, renameSync, rmSync, statSync, writeFileSync, type Stats } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { checkProgressOrder, CrmMaturityError, levelIdSchema, parseCalendarDate, scoreAssessment, type AssessmentResult, type LevelId } from '@crm-maturity/core';
import { assembleReportInput, renderReport } from '@crm-maturity/report';
import { exitCodeOf, exitCodes } from '../exit-codes';
import { loadCohortComparison } from '../load-cohort-comparison';
import { loadAnswerFile } from '../read-answer-file';
import { refusingProgress, type CommandOutput } from './answer-commands';

export type ReportOptions = {
  output: string | undefined;
  cohort: string | undefined;
  where: string[];
  minSize: string | undefined;
  format: string | undefined;
  previous: string | undefined;
  target: string | undefined;
  date: string | undefined;
  questionnaireDir: string | undefined;
  quiet: boolean;
};

/**
 * The PDF report of an answer file: optionally against a cohort of a
 * response file (read as `compare` reads it), with progress since an
 * earlier answer file. Every input is checked before anything is written;
 * the PDF goes to a temporary file beside the output and is renamed into
 * place, so a failure never leaves a partial report behind.
 */
export async function reportCommand(answersFile: string, options: ReportOptions, log: (line: string) => void): Promise<CommandOutput> {
  if (!options.output) throw new CrmMaturityError('BAD_USER_INPUT', 'report needs -o <report.pdf>: where to write the PDF');
  const output = resolve(options.output);
  checkOutputDirectory(options.output, output);
  const generatedAt = parseReportDate(options.date);
  const targetLevel = parseTarget(options.target);
  if (options.where.length > 0 && !options.cohort) throw new CrmMaturityError('BAD_USER_INPUT', '--where needs --cohort <responses.jsonl|csv>');

  const { questionnaire, answers } = loadAnswerFile(answersFile, { questionnaireDir: options.questionnaireDir, mode: { completeness: 'partial' } });
  const result = scoreAssessment(questionnaire, answers);
  let previous: AssessmentResult | undefined;
  if (options.previous) {
    const earlier = loadAnswerFile(options.previous, { questionnaireDir: options.questionnaireDir, mode: { completeness: 'partial' } });
    previous = scoreAssessment(earlier.questionnaire, earlier.answers);
    // Refused before any cohort is loaded, so a wrong --previous fails fast.
    const before = previous;
    refusingProgress(() => checkProgressOrder(before, result));
  }
  const cohort = options.cohort ? await loadCohortComparison(answersFile, options.cohort, questionnaire, result, options, log) : undefined;

  const pdf = await renderReport(assembleReportInput(questionnaire, result, { generatedAt, comparison: cohort?.comparison, previous, targetLevel }));
  writeAtomically(options.output, output, pdf);
  const pages = (pdf.toString('latin1').match(/\/Type \/Page\b/g) ?? []).length;
  return {
    text: `${options.output}: ${pages} pages, ${result.organization.name}, ${questionnaire.id} ${questionnaire.version}`,
    exitCode: cohort && cohort.loaded.summary.rejected > 0 ? exitCodeOf.INVALID_DATASET : exitCodes.ok,
  };
}

/**
 * `--date YYYY-MM-DD` as midnight UTC; without it, today (UTC), so that two
 * runs on one day give the same file.
 *
 * @throws CrmMaturityError BAD_USER_INPUT for anything but a real calendar date
 */
export function parseReportDate(value: string | undefined, now: Date = new Date()): Date {
  if (value === undefined) return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
  // core's one date parser, shared with the API's report download.
  const parsed = parseCalendarDate(value);
  if (!parsed.ok) throw new CrmMaturityError('BAD_USER_INPUT', `--date: ${parsed.message}`);
  return parsed.date;
}

function parseTarget(value: string | undefined): LevelId | undefined {
  if (value === undefined) return undefined;
  const parsed = levelIdSchema.safeParse(value.toLowerCase());
  if (!parsed.success) throw new CrmMaturityError('BAD_USER_INPUT', `--target: "${value}" is not a level; levels are ${levelIdSchema.options.join(', ')}`);
  return parsed.data;
}

function checkOutputDirectory(given: string, output: string): void {
  const directory = dirname(output);
  let isDirectory = false;
  try {
    isDirectory = statSync(directory).isDirectory();
  } catch {
    // Reported below with the path as given.
  }
  if (!isDirectory) throw new CrmMaturityError('BAD_USER_INPUT', `-o ${given}: the directory ${dirname(given)} does not exist`);
  let existing: Stats | undefined;
  try {
    existing = statSync(output);
  } catch {
    // Not there yet: it is created.
  }
  if (existing?.isDirectory()) throw new CrmMaturityError('BAD_USER_INPUT', `-o ${given}: is a directory; give a file name such as report.pdf`);
}

/** Writes beside the target and renames, so the target is either the old file or the whole new one. */
function writeAtomically(given: string, output: string, data: Buffer): void {
  const scratch = mkdtempSync(join(dirname(output), `.${basename(output)}-`));
  try {
    const file = join(scratch, basename(output));
    writeFileSync(file, data);
    renameSync(file, output);
  } catch (error) {
    throw new CrmMaturityError('FILE_UNWRITABLE', `-o ${given}: cannot write the report (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}
