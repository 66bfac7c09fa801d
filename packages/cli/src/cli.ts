import { parseArgs } from 'node:util';
import { bundledQuestionnaire, loadQuestionnaire } from '@crm-maturity/questionnaires';
import { CliError, exitCodes } from './cli-error';
import { progressCommand, roadmapCommand, scoreCommand, validateCommand, type CommandOutput } from './commands/answer-commands';
import { demoCommand } from './commands/demo-command';
import { questionnaireCommand } from './commands/questionnaire-command';

const usage = `Usage: crm-maturity <command> [options]

Commands:
  questionnaire [--version V]          the questionnaire's dimensions and questions
  validate <answers.json> [--partial]  check an answer file (--partial: allow unanswered questions)
  score <answers.json>                 levels and scores per dimension and overall
  roadmap <answers.json> [--dimension D] [--target LEVEL]
                                       the fewest changes that reach the next level
  progress <before.json> <after.json> [--target LEVEL]
                                       change between two assessments of one organization
  demo                                 score the bundled example organizations

Options:
  --json                      machine-readable output (score --json includes the full explanation)
  --questionnaire-dir DIR     use the questionnaire in DIR instead of the bundled one
  -h, --help                  this text`;

const options = {
  json: { type: 'boolean' },
  partial: { type: 'boolean' },
  version: { type: 'string' },
  dimension: { type: 'string' },
  target: { type: 'string' },
  'questionnaire-dir': { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

export function run(argv: string[]): CommandOutput {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new CliError(`${(error as Error).message}\n\n${usage}`, exitCodes.usage);
  }
  const { values, positionals } = parsed;
  const [command, ...rest] = positionals;
  if (values.help || !command || command === 'help') return { text: usage, exitCode: command || values.help ? 0 : exitCodes.usage };
  const common = { json: values.json ?? false, questionnaireDir: values['questionnaire-dir'] };
  const needFiles = (count: number, names: string): string[] => {
    if (rest.length !== count) throw new CliError(`${command} takes ${names}, got ${rest.length} argument(s)\n\n${usage}`, exitCodes.usage);
    return rest;
  };
  switch (command) {
    case 'questionnaire': {
      needFiles(0, 'no file');
      const questionnaire = common.questionnaireDir
        ? loadQuestionnaire(common.questionnaireDir)
        : bundledQuestionnaire('crm-maturity', values.version);
      return { text: questionnaireCommand(questionnaire, common.json), exitCode: 0 };
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
    default:
      throw new CliError(`unknown command "${command}"\n\n${usage}`, exitCodes.usage);
  }
}
