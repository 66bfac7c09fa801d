export * from './model/profile';
export * from './model/reference-schema';
export { referenceSourceText, referenceSourceShortText } from './model/reference-source-text';
export * from './model/question-schema';
export * from './model/questionnaire-schema';
export { assembleQuestionnaire, type QuestionnaireSource, type AssembleResult } from './model/assemble-questionnaire';
export { maxPoints, bestSelection, bandFor } from './model/question-points';
export { countRange, countCeiling } from './model/count-range';
export * from './answers/answer-file-schema';
export { checkAnswerValue, type ValueProblem } from './answers/check-answer-value';
export { validateAnswers, type ValidationMode, type ValidationResult } from './answers/validate-answers';
export * from './scoring/result-types';
export { scoringRules } from './scoring/scoring-rules';
export { scoreAnswerValue, type ValueScore } from './scoring/score-answer-value';
export { levelForScore, nextLevel } from './scoring/level-for-score';
export { aggregateScores, type QuestionState } from './scoring/aggregate-scores';
export { scoreAssessment, scoreAnswers, type ScoreAnswersResult } from './scoring/score-assessment';
export { questionnaireFingerprint } from './scoring/questionnaire-fingerprint';
export * from './statistics/index';
export { issueCodes, type Issue, type IssueCode, describeValue, formatPath } from './support/issue';
export { errorCodes, errorCodeMeanings, type ErrorCode } from './errors/error-codes';
export type { ErrorDetail } from './errors/error-detail';
export { CrmMaturityError, isCrmMaturityError } from './errors/crm-maturity-error';
export { issueDetail } from './errors/issue-detail';
export { fingerprint, canonicalJson } from './support/fingerprint';
export { parseCalendarDate, calendarDateSchema, type CalendarDateResult } from './support/calendar-date';
export { jsonShapeProblem, defaultJsonShapeLimits, type JsonShapeLimits, type JsonShapeProblem } from './support/json-shape';
export { displayTextSchema, displayTextProblem, type DisplayTextOptions } from './text/display-text';
export { bestAnswerValue, worstAnswerValue } from './model/extreme-answers';
export { buildRoadmap, statesFrom, type Roadmap, type RoadmapStep, type RoadmapScope } from './scoring/roadmap';
export { measureProgress, type Progress, type ScoreChange } from './scoring/progress';
export { checkProgressOrder } from './scoring/progress-order';
export { completeEnough, incompleteMessage } from './scoring/completion-gate';
export { rowScorer, levelBound, type RowScores } from './scoring/score-row';
export { rulesFor } from './scoring/scoring-rules';
export * from './research/response-row-schema';
export { encodeAnswer, decodeAnswer, categoryOf, fractionOfCode, UNANSWERED, NOT_APPLICABLE } from './research/answer-codes';
export { ResponseSetBuilder, industries, sizeBands, regions, type ResponseSet } from './research/response-set';
export { scoreResponseSet, type ScoredResponseSet } from './research/score-response-set';
export { scoringPlan, type ScoringPlan } from './scoring/scoring-plan';
export { checkResponseRow, indexQuestions, type RowCheck } from './research/check-response-row';
export { responseRowToAnswerFile } from './research/response-row-to-answer-file';
export { answerMatches, referenceMeasure } from './model/reference-match';
export { compareWithPublished, publishedFigureText, type PublishedComparison } from './scoring/compare-with-published';
export { cohortFilterSchema, parseCohortFilter, describeCohortFilter, type CohortFilter } from './research/cohorts/cohort-filter';
export { selectRows } from './research/cohorts/select-rows';
export { groupRows, type CohortCell } from './research/cohorts/group-rows';
export {
  summarizeCohort,
  summarizeMeasure,
  levelDistribution,
  questionDistributions,
  type CohortSummary,
  type MeasureSummary,
  type QuestionDistribution,
  type LevelShare,
} from './research/cohorts/cohort-statistics';
export { suppressCells, lowestMinimumSize, defaultMinimumSize, type SuppressionReason } from './research/cohorts/disclosure-control';
export { recoverableCells } from './research/cohorts/differencing-audit';
export {
  releaseCohorts,
  type CohortRelease,
  type CohortCellRelease,
  type ReleasedCell,
  type PrivateCell,
  type WithheldCell,
  type ReleaseOptions,
} from './research/cohorts/release-cohorts';
export { releasedSummary, type ReleasedSummary } from './research/release/released-summary';
export { releasedMeasure, quantileAllowed, roundPublished, publishedDecimals, type ReleasedMeasure } from './research/release/released-measure';
export { scoreBands, bandedQuantile, bandedPercentile, baseBandWidth, type ScoreBand } from './research/release/score-bands';
export { smallGroupExposures, type ReleaseHistory, type AuditedCell, type Exposure } from './research/release/small-group-audit';
export { ReducedRowSpace } from './research/release/reduced-row-space';
export { publicView, type PublicRelease } from './research/release/public-view';
export { storeRelease, readStoredRelease, storedReleaseFormat } from './research/release/stored-release-schema';
export {
  compareWithRelease,
  unavailableComparison,
  unavailableMessage,
  percentileStep,
  type BandedPercentile,
} from './research/release/compare-with-release';
export { prepareCohort, percentileInCohort, type PreparedCohort } from './research/cohorts/prepared-cohort';
export { compareWithCohort, type CohortComparison, type MeasureComparison, type QuestionComparison } from './research/cohorts/compare-with-cohort';
export { dimensionReliability, type DimensionReliability } from './research/analysis/dimension-reliability';
export { segmentOrganizations, type Segmentation } from './research/analysis/segment-organizations';
export { compareCohorts, type CohortsComparison, type CohortDifference } from './research/analysis/compare-cohorts';
export { generateResponses, type GenerateResponsesOptions } from './research/synthetic/generate-responses';
export { calibrationReport } from './research/synthetic/calibration-report';
export { calibrateQuestion, type QuestionCalibration, type ReferenceCalibration } from './research/synthetic/calibrate-question';
export { latentModel, defaultMissingRates } from './research/synthetic/latent-model';
export { syntheticIndustries, syntheticSizeBands, syntheticRegions } from './research/synthetic/synthetic-profiles';
export { defaultMarginal, defaultOptionShare } from './research/synthetic/default-marginal';
export { cohortTable, type CohortTableRow } from './research/cohorts/cohort-table';
export { parseResponses } from './research/load/parse-responses';
export { loadResponseSet, type LoadedResponseSet, type LoadError, type LoadOptions } from './research/load/load-response-set';
export type { ResponseEvent, ResponseFormat } from './research/load/response-event';
export type { ResponseChunks } from './research/load/response-chunks';
export { ResponseReader } from './research/load/response-reader';
export { decodeText } from './research/load/decode-text';
export { CsvTokenizer, type CsvRecord } from './research/load/csv-tokenizer';
export { csvHeader, csvProfileColumns, requiredCsvColumns, notApplicableCell, nothingSelectedCell, type CsvProfileColumn } from './research/load/csv-layout';
export { formatAnswerCell, parseAnswerCell, type ParsedCell } from './research/load/answer-cell';
export { formatCsvField, formatCsvRecord } from './research/load/format-csv-field';
export { responseRowToCsvRecord } from './research/load/response-row-to-csv-record';
export { questionTypes, questionTypeNames, moduleOf } from './question-types/registry';
export type { QuestionTypeModule, CodeDomain, ChoiceView } from './question-types/question-type';
export { storeResult, readStoredResult, storedResultFormat } from './scoring/stored-result';
