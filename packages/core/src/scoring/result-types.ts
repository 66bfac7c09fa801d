import type { AnswerValue } from '../answers/answer-file-schema';
import type { DimensionId, LevelId, QuestionnaireQuestion } from '../model/questionnaire-schema';
import type { OrganizationProfile } from '../model/profile';

export type QuestionStatus = 'answered' | 'not_applicable' | 'unanswered';

export type RespondentAnswerScore = {
  respondentId: string;
  businessUnit: string;
  status: QuestionStatus;
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

export type LevelRef = { id: LevelId; name: string };

export type DimensionScore = {
  id: DimensionId;
  name: string;
  weight: number;
  score: number;
  level: LevelRef;
  completion: Completion;
  questions: QuestionScore[];
};

export type Disagreement = {
  questionId: string;
  dimension: DimensionId;
  topic: string;
  /** Largest minus smallest earned fraction among the respondents who answered (0-1). */
  spread: number;
  respondents: { respondentId: string; businessUnit: string; fraction: number; value: AnswerValue }[];
};

export type AssessmentResult = {
  questionnaire: { id: string; version: string; fingerprint: string };
  organization: OrganizationProfile;
  assessedAt?: string;
  respondents: { id: string; name?: string; businessUnit: string }[];
  overall: {
    score: number;
    level: LevelRef;
    rule: 'weighted_mean' | 'weakest_link';
    contributions: { dimension: DimensionId; score: number; weight: number; contribution: number }[];
  };
  dimensions: DimensionScore[];
  completion: Completion;
  disagreements: Disagreement[];
  rules: { unanswered: string; notApplicable: string; respondents: string; overall: string };
};
