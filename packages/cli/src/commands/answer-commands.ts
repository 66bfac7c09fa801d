import {
  buildRoadmap,
  CrmMaturityError,
  dimensionIdSchema,
  isCrmMaturityError,
  levelIdSchema,
  measureProgress,
  scoreAssessment,
  validateAnswers,
  type LevelId,
  type RoadmapScope,
} from '@crm-maturity/core';
import { exitCodeOf } from '../exit-codes';
import { formatProgress, formatResult, formatRoadmap } from '../format/format-result';
import { formatIssues, loadAnswerFile, pickQuestionnaire, readJsonFile } from '../read-answer-file';

export type CommandOutput = { text: string; exitCode: number };
type Common = { questionnaireDir?: string | undefined; json: boolean };

export function validateCommand(file: string, options: Common & { partial: boolean }): CommandOutput {
  const input = readJsonFile(file);
  const named = (input as { questionnaire?: { id?: unknown; version?: unknown } } | null)?.questionnaire;
  const questionnaire = pickQuestionnaire(
    file,
    typeof named?.id === 'string' && typeof named.version === 'string' ? { id: named.id, version: named.version } : undefined,
    options.questionnaireDir,
  );
  const result = validateAnswers(questionnaire, input, { completeness: options.partial ? 'partial' : 'complete' });
  if (options.json) {
    return { text: JSON.stringify({ file, ok: result.ok, issues: result.issues }, null, 2), exitCode: result.ok ? 0 : exitCodeOf.INVALID_ANSWERS };
  }
  if (result.ok) {
    const count = new Set(result.answers.respondents.flatMap((r) => Object.keys(r.answers))).size;
    return { text: `${file}: valid (${questionnaire.id} ${questionnaire.version}, ${result.answers.respondents.length} respondent(s), ${count} questions answered)`, exitCode: 0 };
  }
  return { text: formatIssues(file, result.issues), exitCode: exitCodeOf.INVALID_ANSWERS };
}

export function scoreCommand(file: string, options: Common): CommandOutput {
  const { questionnaire, answers } = loadAnswerFile(file, { questionnaireDir: options.questionnaireDir, mode: { completeness: 'partial' } });
  const result = scoreAssessment(questionnaire, answers);
  return { text: options.json ? JSON.stringify(result, null, 2) : formatResult(result), exitCode: 0 };
}

export function roadmapCommand(file: string, options: Common & { dimension?: string | undefined; target?: string | undefined }): CommandOutput {
  const { questionnaire, answers } = loadAnswerFile(file, { questionnaireDir: options.questionnaireDir, mode: { completeness: 'partial' } });
  const result = scoreAssessment(questionnaire, answers);
  const targetLevel = parseLevel(options.target);
  const scopes: RoadmapScope[] = options.dimension
    ? [parseDimension(options.dimension)]
    : ['overall', ...questionnaire.dimensions.map((d) => d.id)];
  const roadmaps = scopes.map((scope) => buildRoadmap(questionnaire, result, { scope, ...(targetLevel ? { targetLevel } : {}) }));
  if (options.json) return { text: JSON.stringify(options.dimension ? roadmaps[0] : roadmaps, null, 2), exitCode: 0 };
  const name = (scope: RoadmapScope) => (scope === 'overall' ? 'Overall' : questionnaire.dimensions.find((d) => d.id === scope)!.name);
  return { text: roadmaps.map((r) => formatRoadmap(r, name(r.scope))).join('\n\n'), exitCode: 0 };
}

export function progressCommand(before: string, after: string, options: Common & { target?: string | undefined }): CommandOutput {
  const earlier = loadAnswerFile(before, { questionnaireDir: options.questionnaireDir, mode: { completeness: 'partial' } });
  const later = loadAnswerFile(after, { questionnaireDir: options.questionnaireDir, mode: { completeness: 'partial' } });
  const targetLevel = parseLevel(options.target);
  const progress = refusingProgress(() =>
    measureProgress(
      later.questionnaire,
      scoreAssessment(earlier.questionnaire, earlier.answers),
      scoreAssessment(later.questionnaire, later.answers),
      targetLevel ? { targetLevel } : {},
    ),
  );
  return { text: options.json ? JSON.stringify(progress, null, 2) : formatProgress(progress), exitCode: 0 };
}

function parseLevel(value: string | undefined): LevelId | undefined {
  if (value === undefined) return undefined;
  const parsed = levelIdSchema.safeParse(value.toLowerCase());
  if (!parsed.success) throw new CrmMaturityError('BAD_USER_INPUT', `--target: "${value}" is not a level; levels are ${levelIdSchema.options.join(', ')}`);
  return parsed.data;
}

function parseDimension(value: string): RoadmapScope {
  const parsed = dimensionIdSchema.safeParse(value.toLowerCase());
  if (!parsed.success) throw new CrmMaturityError('BAD_USER_INPUT', `--dimension: "${value}" is not a dimension; dimensions are ${dimensionIdSchema.options.join(', ')}`);
  return parsed.data;
}

/** Progress between unrelated or swapped assessments is bad input, not a bug. */
export function refusingProgress<T>(measure: () => T): T {
  try {
    return measure();
  } catch (error) {
    if (isCrmMaturityError(error) && error.code === 'PROGRESS_NOT_COMPARABLE') throw new CrmMaturityError(error.code, `progress: ${error.message}`, error.details);
    throw error;
  }
}
