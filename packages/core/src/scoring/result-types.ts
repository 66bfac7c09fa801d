import type { AnswerValue } from '../answers/answer-file-schema';
import type { DimensionId, LevelId, QuestionnaireQuestion } from '../model/questionnaire-schema';
import type { OrganizationProfile } from '../model/profile';

export type QuestionStatus = 'answered' | 'not_applicable' | 'unanswered';

export type RespondentAnswerScore = {
  respondentId: string;
  businessUnit: string;
  status: QuestionStatus;
  /** False when the respondent is not counted (see `rules.respondents`); absent when counted. */
  counted?: false;
  value?: AnswerValue;
  evidence?: string;
  earned?: number;
  fraction?: number;
  explanation?: string;
};

export type QuestionScore = {
  questionId: string;
  dimension: DimensionId;
  topic: string;
  type: QuestionnaireQuestion['type'];
  weight: number;
  status: QuestionStatus;
  /** Points earned (the respondents' mean for several), of `possible`. */
  earned: number;
  possible: number;
  /** 0-1. For "not applicable" this is the credited fraction (see `rules.notApplicable`). */
  fraction: number;
  /** Points this question adds to its dimension's 0-100 score; a dimension's contributions sum to its score. */
  contribution: number;
  explanation: string;
  respondents: RespondentAnswerScore[];
};

export type Completion = {
  total: number;
  answered: number;
  notApplicable: number;
  unanswered: number;
  requiredUnanswered: number;
  /** (answered + notApplicable) / total. */
  ratio: number;
};

/** Completion of the whole assessment, with what is missing and whether it is enough to compare and plan. */
export type OverallCompletion = Completion & {
  /** The questionnaire's `completion.minimumForResults`. */
  minimumForResults: number;
  /** False below the minimum: percentiles, gaps and a roadmap are then withheld, since unanswered questions count as 0. */
  sufficient: boolean;
  missing: { questionId: string; dimension: DimensionId; topic: string; required: boolean }[];
};

/** Why a level is below the level its score reaches. */
export type LevelBound = {
  rule: 'not_applicable' | 'weakest_dimension' | 'missing_practice';
  explanation: string;
};

export type ScoreRange = { low: number; high: number };

export type LevelRef = { id: LevelId; name: string };

export type DimensionScore = {
  id: DimensionId;
  name: string;
  weight: number;
  score: number;
  level: LevelRef;
  /** Empty unless a level rule holds the dimension below its score's level. */
  levelBounds: LevelBound[];
  /** The dimension score with every question at its lowest, and at its highest, voice. */
  range: ScoreRange;
  completion: Completion;
  questions: QuestionScore[];
};

export type Disagreement = {
  questionId: string;
  dimension: DimensionId;
  topic: string;
  /** Largest minus smallest earned fraction among the respondents who answered (0-1). */
  spread: number;
  /** r_wg among the business units (questionnaires that combine by business unit). */
  agreement?: number;
  respondents: { respondentId: string; businessUnit: string; fraction: number; value: AnswerValue }[];
};

export type AssessmentResult = {
  questionnaire: { id: string; version: string; fingerprint: string };
  organization: OrganizationProfile;
  assessedAt?: string;
  respondents: { id: string; name?: string; businessUnit: string; counted: boolean; completion: number; note?: string }[];
  overall: {
    score: number;
    /** The level after the questionnaire's level rules. */
    level: LevelRef;
    /** The level the score alone reaches. */
    scoreLevel: LevelRef;
    levelBounds: LevelBound[];
    /** The index with every question at its lowest, and at its highest, voice (equal for one voice). */
    range: ScoreRange;
    rule: 'weighted_mean' | 'weakest_link';
    contributions: { dimension: DimensionId; score: number; weight: number; contribution: number }[];
  };
  dimensions: DimensionScore[];
  completion: OverallCompletion;
  disagreements: Disagreement[];
  /** Agreement among the voices (respondents or business units) over the questions at least two of them answered. */
  agreement: { statistic: 'r_wg'; mean: number | null; questions: number; voices: 'respondent' | 'business_unit' };
  rules: { unanswered: string; notApplicable: string; respondents: string; overall: string; levels: string; completion: string };
};
