import type { AssessmentResult, CohortComparison, Progress, PublishedComparison, Questionnaire, Roadmap } from '@crm-maturity/core';

/**
 * Everything a report shows, computed by core beforehand: the renderer
 * only lays numbers out and never scores anything itself.
 */
export type ReportInput = {
  questionnaire: Questionnaire;
  result: AssessmentResult;
  /** The overall roadmap (scope "overall", required) and optionally one per dimension. */
  roadmaps: Roadmap[];
  /** The published research figures (`compareWithPublished`). */
  published: PublishedComparison[];
  /** A cohort comparison (`compareWithCohort`), released or withheld; leave out for none. */
  comparison?: CohortComparison;
  /** Progress since an earlier assessment (`measureProgress`). */
  progress?: Progress;
  /** Shown on the cover and in every page header; the exact text is also the PDF's Title. */
  organizationName: string;
  /** The report's date, printed and stored as CreationDate and ModDate: the same inputs and date give the same bytes. */
  generatedAt: Date;
  /** The PDF's Author; default "crm-maturity". */
  author?: string;
};
