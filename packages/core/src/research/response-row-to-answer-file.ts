import type { AnswerFile } from '../answers/answer-file-schema';
import type { ResponseRow } from './response-row-schema';

/** A response-set row as an answer file with one respondent, for the single-assessment functions. */
export function responseRowToAnswerFile(row: ResponseRow): AnswerFile {
  const answers: AnswerFile['respondents'][number]['answers'] = {};
  for (const [id, value] of Object.entries(row.answers)) answers[id] = value === null ? { notApplicable: true } : { value };
  return {
    questionnaire: row.questionnaire,
    organization: { name: row.id, industry: row.industry, sizeBand: row.sizeBand, region: row.region },
    respondents: [{ id: 'combined', businessUnit: 'combined', answers }],
  };
}
