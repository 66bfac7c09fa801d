import { parseArgs } from 'node:util';
import { CrmMaturityError } from '@crm-maturity/core';
import { bundledQuestionnaire, loadQuestionnaire } from '@crm-maturity/questionnaires';
import { exitCodeOf } from './exit-codes';
import { progressCommand, roadmapCommand, scoreCommand, validateCommand, type CommandOutput } from './commands/answer-commands';
import { cohortsCommand } from './commands/cohorts-command';
import { compareCommand } from './commands/compare-command';
import { demoCommand } from './commands/demo-command';
import { generateCommand } from './commands/generate-command';
import { questionnaireCommand } from './commands/questionnaire-command';
import { reportCommand } from './commands/report-command';
import { serveCommand } from './commands/serve-command';
import { tokenCommand } from './commands/token-command';
import { parsePeriods, parseWholeNumber } from './option-values';
import { parseResponseFormat } from './read-response-file';

const usage = `Usage: crm-maturity <command> [options]

Commands:
  questionnaire [--version V] [--markdown]
                                       the questionnaire's dimensions and questions
                                       (--markdown: the question table of the questionnaire's README)
  validate <answers.json> [--partial]  check an answer file (--partial: allow unanswered questions)
  score <answers.json>                 levels and scores per dimension and overall
  roadmap <answers.json> [--dimension D] [--target LEVEL]
                                       the fewest changes that reach the next level
  progress <before.json> <after.json> [--target LEVEL]
                                       change between two assessments of one organization
  report <answers.json> -o <report.pdf> [--cohort <responses.jsonl|csv> --where industry=insurance ...]
         [--previous <earlier.json>] [--target LEVEL] [--date YYYY-MM-DD]
                                       the PDF report (cover, summary, radar, dimensions, roadmap, progress,
                                       methodology); --date fixes the date, so the same inputs give the same file
  demo                                 score the bundled example organizations
  serve [--port 4000] [--host 127.0.0.1] [--data-dir .data] [--no-demo]
                                       the GraphQL API (SQLite in the data folder, or DATABASE_URL)
  token create --role consultant --user EMAIL [--name N] [--organization ID] [--label L]
               [--expires-in-days N] [--data-dir DIR]
                                       a new API token, printed once (default lifetime 90 days, at most 365)
  token list --user EMAIL [--all] [--json] [--data-dir DIR]
                                       the user's live tokens (--all: also revoked and expired ones)
  token revoke <token id> [--data-dir DIR]
                                       revoke a token; every server refuses it from the next request on

Research commands (response sets: one organization per row, JSON Lines or CSV):
  generate --n N [--seed S] [--format jsonl|csv] [--periods 2025,2026] [--version V]
                                       synthetic organizations to stdout, streamed
  cohorts <responses.jsonl|csv> --by industry,size [--min-size 5] [--questions]
                                       cohort statistics, all organizations then each --by level
  compare <answers.json> --cohort <responses.jsonl|csv> [--where industry=insurance ...] [--min-size 5]
                                       an organization's percentiles in a cohort, and published figures

Options:
  --json                      machine-readable output (score --json includes the full explanation)
  --questionnaire-dir DIR     use the questionnaire in DIR instead of the bundled one
  --format jsonl|csv          response-file format (generate: jsonl; otherwise from the extension)
  -q, --quiet                 no summary on stderr (problems are still reported)
  -h, --help                  this text

Fields for --by and --where: industry, size (sizeBand), region, period.
A response file with rejected rows is still summarized, and the exit code is 1.`;

const options = {
  json: { type: 'boolean' },
  partial: { type: 'boolean' },
  version: { type: 'string' },
  dimension: { type: 'string' },
  target: { type: 'string' },
  'questionnaire-dir': { type: 'string' },
  n: { type: 'string' },
  seed: { type: 'string' },
  format: { type: 'string' },
  periods: { type: 'string' },
  by: { type: 'string' },
  'min-size': { type: 'string' },
  questions: { type: 'boolean' },
  markdown: { type: 'boolean' },
  cohort: { type: 'string' },
  where: { type: 'string', multiple: true },
  output: { type: 'string', short: 'o' },
  previous: { type: 'string' },
  date: { type: 'string' },
  quiet: { type: 'boolean', short: 'q' },
  port: { type: 'string' },
  host: { type: 'string' },
  'data-dir': { type: 'string' },
  'no-demo': { type: 'boolean' },
  role: { type: 'string' },
  user: { type: 'string' },
  name: { type: 'string' },
  organization: { type: 'string' },
  label: { type: 'string' },
  'expires-in-days': { type: 'string' },
  all: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** Where commands that stream write: the data, and one line at a time of diagnostics. */
export type CliStreams = { stdout: NodeJS.WritableStream; stderr: NodeJS.WritableStream };

export async function run(argv: string[], streams: CliStreams = { stdout: process.stdout, stderr: process.stderr }): Promise<CommandOutput> {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new CrmMaturityError('BAD_USER_INPUT', `${(error as Error).message}\n\n${usage}`);
  }
  const { values, positionals } = parsed;
  const [command, ...rest] = positionals;
  if (values.help || !command || command === 'help') return { text: usage, exitCode: command || values.help ? 0 : exitCodeOf.BAD_USER_INPUT };
  const common = { json: values.json ?? false, questionnaireDir: values['questionnaire-dir'] };
  const log = (line: string) => streams.stderr.write(`${line}\n`);
  const needFiles = (count: number, names: string): string[] => {
    if (rest.length !== count) throw new CrmMaturityError('BAD_USER_INPUT', `${command} takes ${names}, got ${rest.length} argument(s)\n\n${usage}`);
    return rest;
  };
  switch (command) {
    case 'questionnaire': {
      needFiles(0, 'no file');
      const questionnaire = common.questionnaireDir
        ? loadQuestionnaire(common.questionnaireDir)
        : bundledQuestionnaire('crm-maturity', values.version);
      return { text: questionnaireCommand(questionnaire, common.json ? 'json' : values.markdown ? 'markdown' : 'text'), exitCode: 0 };
    }
    case 'validate':
      return validateCommand(needFiles(1, '<answers.json>')[0]!, { ...common, partial: values.partial ?? false });
    case 'score':
      return scoreCommand(needFiles(1, '<answers.json>')[0]!, common);
    case 'roadmap':
      return roadmapCommand(needFiles(1, '<answers.json>')[0]!, { ...common, dimension: values.dimension, target: values.target });
    case 'progress': {
      const [before, after] = needFiles(2, '<before.json> <after.json>');
      return progressCommand(before!, after!, { ...common, target: values.target });
    }
    case 'demo':
      return demoCommand();
    case 'generate': {
      needFiles(0, 'no file (it writes to stdout)');
      const options = {
        count: parseWholeNumber('--n', values.n, { min: 0, max: 100_000_000 }),
        seed: parseWholeNumber('--seed', values.seed ?? '1', { min: 0, max: 4_294_967_295 }),
        format: parseResponseFormat(values.format ?? 'jsonl'),
        periods: parsePeriods(values.periods),
        quiet: values.quiet ?? false,
      };
      const questionnaire = common.questionnaireDir
        ? loadQuestionnaire(common.questionnaireDir)
        : bundledQuestionnaire('crm-maturity', values.version);
      return generateCommand({ ...options, questionnaire }, streams.stdout, log);
    }
    case 'cohorts': {
      const [file] = needFiles(1, '<responses.jsonl|csv>');
      return cohortsCommand(
        file!,
        {
          ...common,
          by: values.by,
          minSize: values['min-size'],
          format: values.format,
          version: values.version,
          questions: values.questions ?? false,
          quiet: values.quiet ?? false,
        },
        log,
      );
    }
    case 'compare': {
      const [file] = needFiles(1, '<answers.json>');
      return compareCommand(
        file!,
        { ...common, cohort: values.cohort, where: values.where ?? [], minSize: values['min-size'], format: values.format, quiet: values.quiet ?? false },
        log,
      );
    }
    case 'serve':
      needFiles(0, 'no file');
      return serveCommand({ port: values.port, host: values.host, dataDir: values['data-dir'], demo: !values['no-demo'] }, (line) => streams.stdout.write(`${line}\n`));
    case 'token':
      return tokenCommand(rest[0], rest.slice(1), {
        role: values.role,
        user: values.user,
        name: values.name,
        organization: values.organization,
        label: values.label,
        expiresInDays: values['expires-in-days'],
        all: values.all ?? false,
        json: common.json,
        dataDir: values['data-dir'],
      });
    case 'report': {
      const [file] = needFiles(1, '<answers.json>');
      return reportCommand(
        file!,
        {
          output: values.output,
          cohort: values.cohort,
          where: values.where ?? [],
          minSize: values['min-size'],
          format: values.format,
          previous: values.previous,
          target: values.target,
          date: values.date,
          questionnaireDir: common.questionnaireDir,
          quiet: values.quiet ?? false,
        },
        log,
      );
    }
    default:
      throw new CrmMaturityError('BAD_USER_INPUT', `unknown command "${command}"\n\n${usage}`);
  }
}
