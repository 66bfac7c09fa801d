import type { LevelId, Questionnaire } from '../model/questionnaire-schema';
import { cleanScore, levelForScore, nextLevel } from './level-for-score';
import { checkProgressOrder } from './progress-order';
import type { AssessmentResult, LevelRef } from './result-types';

export type ScoreChange = {
  from: number;
  to: number;
  delta: number;
  fromLevel: LevelRef;
  toLevel: LevelRef;
  /** Levels gained (negative when lost). */
  levelsGained: number;
  target: {
    level: LevelRef;
    minScore: number;
    reached: boolean;
    /** How much of the distance from the earlier score to the target has been covered, 0-100. */
    percentOfWay: number;
    remaining: number;
  };
};

export type Progress = {
  /** Both results come from the same questionnaire version; otherwise re-score the earlier answers first. */
  comparable: boolean;
  note?: string;
  overall: ScoreChange;
  dimensions: (ScoreChange & { id: string; name: string })[];
};

/**
 * Progress between two assessments of one organization, the earlier one
 * first (anything else is refused: `checkProgressOrder`), overall and per
 * dimension, and against a target level (default: the level above the
 * earlier overall level, or the top level).
 */
export function measureProgress(
  questionnaire: Questionnaire,
  previous: AssessmentResult,
  current: AssessmentResult,
  options: { targetLevel?: LevelId; sameOrganization?: boolean } = {},
): Progress {
  checkProgressOrder(previous, current, options.sameOrganization === undefined ? {} : { sameOrganization: options.sameOrganization });
  const levels = questionnaire.levels;
  const rank = (id: LevelId) => levels.findIndex((l) => l.id === id);
  const earlierLevel = levels.find((l) => l.id === previous.overall.level.id) ?? levelForScore(levels, previous.overall.score);
  const target =
    (options.targetLevel && levels.find((l) => l.id === options.targetLevel)) ??
    nextLevel(levels, earlierLevel) ??
    earlierLevel;

  // Levels as the results state them, after any level rule; a level the score alone reaches is not the level.
  const change = (from: number, to: number, fromRef?: LevelRef, toRef?: LevelRef): ScoreChange => {
    const fromLevel = fromRef ? levels.find((l) => l.id === fromRef.id)! : levelForScore(levels, from);
    const toLevel = toRef ? levels.find((l) => l.id === toRef.id)! : levelForScore(levels, to);
    const reached = to >= target.minScore && rank(toLevel.id) >= rank(target.id);
    const distance = target.minScore - from;
    const percentOfWay = reached ? 100 : distance <= 0 ? 0 : Math.max(0, Math.min(100, (100 * (to - from)) / distance));
    return {
      from,
      to,
      delta: cleanScore(to - from),
      fromLevel: { id: fromLevel.id, name: fromLevel.name },
      toLevel: { id: toLevel.id, name: toLevel.name },
      levelsGained: rank(toLevel.id) - rank(fromLevel.id),
      target: {
        level: { id: target.id, name: target.name },
        minScore: target.minScore,
        reached,
        percentOfWay: cleanScore(percentOfWay),
        remaining: cleanScore(Math.max(0, target.minScore - to)),
      },
    };
  };

  const sameVersion =
    previous.questionnaire.id === current.questionnaire.id &&
    previous.questionnaire.version === current.questionnaire.version;
  return {
    comparable: sameVersion,
    ...(sameVersion
      ? {}
      : { note: `scored with ${previous.questionnaire.version} and ${current.questionnaire.version}: re-score the earlier answers with ${current.questionnaire.version} to compare like with like` }),
    overall: change(previous.overall.score, current.overall.score, previous.overall.level, current.overall.level),
    dimensions: current.dimensions.map((dimension) => {
      const before = previous.dimensions.find((d) => d.id === dimension.id);
      return { id: dimension.id, name: dimension.name, ...change(before?.score ?? 0, dimension.score, before?.level, dimension.level) };
    }),
  };
}
