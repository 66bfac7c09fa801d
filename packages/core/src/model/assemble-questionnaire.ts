import type { Issue } from '../support/issue';
import { issuesFromZod } from '../support/zod-issues';
import type { Question } from './question-schema';
import { checkUniqueIds } from '../question-types/choice-helpers';
import {
  questionFileSchema,
  questionnaireManifestSchema,
  type DimensionId,
  type QuestionFile,
  type Questionnaire,
  type QuestionnaireManifest,
  type QuestionnaireQuestion,
} from './questionnaire-schema';
import { maxPoints } from './question-points';
import { moduleOf } from '../question-types/registry';
import { checkQuestionLinks } from './check-question-links';

export type QuestionnaireSource = {
  manifest: { file: string; data: unknown };
  questionFiles: { file: string; data: unknown }[];
};

export type AssembleResult =
  | { ok: true; questionnaire: Questionnaire }
  | { ok: false; issues: Issue[] };

type Problem = (file: string, path: (string | number)[], message: string, value?: unknown) => void;

/**
 * Checks a questionnaire version's files against the schema and against each
 * other, and joins them into one questionnaire. Pure: the caller reads the
 * files. Every problem is returned, each with its file and path.
 */
export function assembleQuestionnaire(source: QuestionnaireSource): AssembleResult {
  const issues: Issue[] = [];
  const problem: Problem = (file, path, message, value) => {
    issues.push({ code: 'INVALID_FILE', message: `${file}: ${pathText(path)}: ${message}`, path, value, file });
  };

  const manifestParse = questionnaireManifestSchema.safeParse(source.manifest.data);
  if (!manifestParse.success) issues.push(...issuesFromZod(manifestParse.error, source.manifest.data, source.manifest.file));
  const files: { file: string; parsed: QuestionFile }[] = [];
  // Dimensions named by files that failed the schema: their questions are not "missing".
  const claimedDimensions = new Set<unknown>();
  for (const { file, data } of source.questionFiles) {
    claimedDimensions.add((data as { dimension?: unknown } | null)?.dimension);
    const parsed = questionFileSchema.safeParse(data);
    if (parsed.success) files.push({ file, parsed: parsed.data });
    else issues.push(...issuesFromZod(parsed.error, data, file));
  }
  if (!manifestParse.success) return { ok: false, issues };
  const manifest = manifestParse.data;
  checkManifest(manifest, source.manifest.file, problem);

  const questions: QuestionnaireQuestion[] = [];
  const seenIds = new Map<string, string>();
  const seenDimensions = new Set<DimensionId>();
  for (const { file, parsed } of files) {
    if (parsed.questionnaire !== manifest.id || parsed.version !== manifest.version) {
      problem(file, ['version'], `belongs to ${parsed.questionnaire} ${parsed.version}, not ${manifest.id} ${manifest.version}`);
    }
    if (seenDimensions.has(parsed.dimension)) problem(file, ['dimension'], `a second file for dimension "${parsed.dimension}"`, parsed.dimension);
    seenDimensions.add(parsed.dimension);
    parsed.questions.forEach((question, index) => {
      const path = ['questions', index];
      const earlier = seenIds.get(question.id);
      if (earlier) problem(file, [...path, 'id'], `question id "${question.id}" is already used in ${earlier}`, question.id);
      seenIds.set(question.id, file);
      if (!question.id.startsWith(`${parsed.dimension}.`)) {
        problem(file, [...path, 'id'], `question ids in this file start with "${parsed.dimension}."`, question.id);
      }
      const resolved = resolveScale(question, manifest, (p, m, v) => problem(file, [...path, ...p], m, v));
      if (resolved) {
        checkQuestion(resolved, (p, m, v) => problem(file, [...path, ...p], m, v));
        questions.push({ ...resolved, dimension: parsed.dimension });
      }
    });
  }
  for (const dimension of manifest.dimensions) {
    const own = questions.filter((q) => q.dimension === dimension.id);
    if (own.length === 0 && !claimedDimensions.has(dimension.id)) {
      problem(source.manifest.file, ['dimensions'], `dimension "${dimension.id}" has no questions`, dimension.id);
    } else if (own.length > 0 && own.every((q) => q.allowNotApplicable)) {
      // Otherwise a dimension could be all "not applicable" and have no score.
      problem(source.manifest.file, ['dimensions'], `dimension "${dimension.id}" needs at least one question that does not allow "not applicable"`);
    }
  }
  checkQuestionLinks(manifest, source.manifest.file, questions, problem);
  if (issues.length > 0) return { ok: false, issues };

  const dimensionOrder = new Map(manifest.dimensions.map((d) => [d.id, d.order]));
  questions.sort(
    (a, b) => (dimensionOrder.get(a.dimension) ?? 0) - (dimensionOrder.get(b.dimension) ?? 0) || a.order - b.order,
  );
  const { scales, ...rest } = manifest;
  return {
    ok: true,
    questionnaire: {
      ...rest,
      scales,
      levels: [...manifest.levels].sort((a, b) => a.minScore - b.minScore),
      dimensions: [...manifest.dimensions].sort((a, b) => a.order - b.order),
      questions,
    },
  };
}

function pathText(path: (string | number)[]): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i ? '.' : ''}${p}`)).join('') || '(root)';
}

function checkManifest(manifest: QuestionnaireManifest, file: string, problem: Problem): void {
  const levelOrder = ['tactical', 'advanced', 'strategic', 'innovative'];
  manifest.levels.forEach((level, i) => {
    if (level.id !== levelOrder[i]) problem(file, ['levels', i, 'id'], `levels go ${levelOrder.join(', ')} in that order`, level.id);
    const previous = manifest.levels[i - 1];
    if (i === 0 && level.minScore !== 0) problem(file, ['levels', 0, 'minScore'], 'the lowest level starts at 0', level.minScore);
    if (previous && level.minScore <= previous.minScore) {
      problem(file, ['levels', i, 'minScore'], `must be above the previous level's ${previous.minScore}`, level.minScore);
    }
  });
  const dimensionIds = new Set(manifest.dimensions.map((d) => d.id));
  if (dimensionIds.size !== manifest.dimensions.length) problem(file, ['dimensions'], 'each dimension appears once');
  const scaleIds = new Set<string>();
  manifest.scales.forEach((scale, i) => {
    if (scaleIds.has(scale.id)) problem(file, ['scales', i, 'id'], `scale id "${scale.id}" is used twice`, scale.id);
    scaleIds.add(scale.id);
    checkUniqueIds(scale.options, (p, m, v) => problem(file, ['scales', i, ...p], m, v), 'options');
  });
}

function resolveScale(
  question: Question,
  manifest: QuestionnaireManifest,
  problem: (path: (string | number)[], message: string, value?: unknown) => void,
): Question | undefined {
  if (question.type !== 'single_choice') return question;
  if (question.options && question.scale) {
    problem(['scale'], 'give either options or a scale, not both', question.scale);
    return undefined;
  }
  if (question.scale) {
    const scale = manifest.scales.find((s) => s.id === question.scale);
    if (!scale) {
      problem(['scale'], `no scale "${question.scale}" in questionnaire.yaml`, question.scale);
      return undefined;
    }
    return { ...question, options: scale.options };
  }
  if (!question.options) {
    problem(['options'], 'a single-choice question needs options or a scale');
    return undefined;
  }
  return question;
}

function checkQuestion(
  question: Question,
  problem: (path: (string | number)[], message: string, value?: unknown) => void,
): void {
  const module = moduleOf(question);
  module.checkDefinition(question, problem);
  if (maxPoints(question) <= 0) problem(['type'], 'the best answer must earn more than 0 points');
  question.references.forEach((reference, i) => {
    const match = reference.match;
    if (!match) return;
    const matchKind = Object.keys(match).sort().join('+');
    const allowed = module.matchKinds;
    if (!allowed.includes(matchKind)) {
      problem(['references', i, 'match'], `a ${question.type} question can be matched with ${allowed.join(' or ')}, not ${matchKind}`, match);
      return;
    }
    const known = module.answerIds(question);
    const ids = 'anyOf' in match ? match.anyOf : 'includes' in match ? [match.includes] : [];
    for (const id of ids) {
      if (known && !known.has(id)) problem(['references', i, 'match'], `"${id}" is not an option of this question`, id);
    }
    if ('row' in match && question.type === 'grid' && !question.rows.some((r) => r.id === match.row)) {
      problem(['references', i, 'match', 'row'], `"${match.row}" is not a row of this question`, match.row);
    }
  });
}
