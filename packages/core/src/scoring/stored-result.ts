import type { Answer, AnswerFile } from '../answers/answer-file-schema';
import { CrmMaturityError } from '../errors/crm-maturity-error';
import type { Questionnaire } from '../model/questionnaire-schema';
import { assessmentResultSchema, type AssessmentResult } from './result-types';
import { questionnaireFingerprint } from './questionnaire-fingerprint';
import { scoreAssessment } from './score-assessment';

/**
 * Stored results carry their format first. Format 1 is the bare result
 * object stored before formats existed (no `format` key, no level bounds,
 * ranges or agreement); format 2 is `{ format: 2, result }`.
 */
export const storedResultFormat = 2;

/** INVALID_STORED_RESULT: why a stored result cannot be read back; the message names the path. */
const storedResultError = (message: string) => new CrmMaturityError('INVALID_STORED_RESULT', message);

export function storeResult(result: AssessmentResult): string {
  return JSON.stringify({ format: storedResultFormat, result });
}

/**
 * Reads a stored result back through its schema, upgrading format 1 by
 * re-scoring the answers it records with its own questionnaire version
 * (`questionnaireFor`) and checking that the scores come out as stored,
 * so an upgrade can never silently change a figure.
 *
 * @throws CrmMaturityError INVALID_STORED_RESULT when the text is not a stored result, or a format-1 result does not re-score to itself
 */
export function readStoredResult(text: string, questionnaireFor: (id: string, version: string) => Questionnaire): AssessmentResult {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw storedResultError(`a stored result must be JSON: ${(error as Error).message}`);
  }
  if (json !== null && typeof json === 'object' && 'format' in json) {
    const format = (json as { format: unknown }).format;
    if (format !== storedResultFormat) throw storedResultError(`unknown stored result format ${JSON.stringify(format)}; this version reads formats 1 and ${storedResultFormat}`);
    return parseResult((json as unknown as { result: unknown }).result, storedResultFormat);
  }
  return upgradeFormat1(json, questionnaireFor);
}

function parseResult(value: unknown, format: number): AssessmentResult {
  const parsed = assessmentResultSchema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw storedResultError(`a stored result does not match format ${format}: ${issue.path.join('.') || '(root)'}: ${issue.message}`);
  }
  return parsed.data as AssessmentResult;
}

type Format1 = {
  questionnaire: { id: string; version: string; fingerprint: string };
  organization: AnswerFile['organization'];
  assessedAt?: string;
  respondents: { id: string; name?: string; businessUnit: string }[];
  overall: { score: number; level: { id: string } };
  dimensions: { id: string; score: number; level: { id: string }; questions: { questionId: string; respondents: { respondentId: string; status: string; value?: unknown; evidence?: string }[] }[] }[];
};

/** A format-1 result holds every respondent's answers, so re-scoring them gives the full format-2 result. */
function upgradeFormat1(json: unknown, questionnaireFor: (id: string, version: string) => Questionnaire): AssessmentResult {
  const old = json as Format1;
  if (!old || typeof old !== 'object' || !old.questionnaire || !Array.isArray(old.dimensions) || !Array.isArray(old.respondents)) {
    throw storedResultError('a stored result without a format must be a format-1 result: questionnaire, respondents and dimensions are missing');
  }
  const questionnaire = questionnaireFor(old.questionnaire.id, old.questionnaire.version);
  if (questionnaireFingerprint(questionnaire) !== old.questionnaire.fingerprint) {
    throw storedResultError(`a format-1 result of ${old.questionnaire.id} ${old.questionnaire.version} was scored with fingerprint ${old.questionnaire.fingerprint}, not ${questionnaireFingerprint(questionnaire)}: it cannot be upgraded by re-scoring`);
  }
  const answersOf = new Map<string, Record<string, Answer>>(old.respondents.map((r) => [r.id, {}]));
  for (const dimension of old.dimensions) {
    for (const question of dimension.questions) {
      for (const given of question.respondents) {
        const answers = answersOf.get(given.respondentId);
        if (!answers || given.status === 'unanswered') continue;
        const evidence = given.evidence ? { evidence: given.evidence } : {};
        answers[question.questionId] = given.status === 'not_applicable' ? { notApplicable: true, ...evidence } : ({ value: given.value, ...evidence } as Answer);
      }
    }
  }
  const rescored = scoreAssessment(questionnaire, {
    questionnaire: { id: old.questionnaire.id, version: old.questionnaire.version },
    organization: old.organization,
    ...(old.assessedAt ? { assessedAt: old.assessedAt } : {}),
    respondents: old.respondents.map((r) => ({ id: r.id, ...(r.name ? { name: r.name } : {}), businessUnit: r.businessUnit, answers: answersOf.get(r.id)! })),
  });
  const same =
    rescored.overall.score === old.overall.score &&
    rescored.overall.level.id === old.overall.level.id &&
    rescored.dimensions.every((d, i) => d.score === old.dimensions[i]?.score && d.level.id === old.dimensions[i]?.level.id);
  if (!same) throw storedResultError(`a format-1 result of ${old.organization?.name ?? 'an organization'} does not re-score to its stored scores; it is kept as stored and cannot be upgraded`);
  return parseResult(rescored, storedResultFormat);
}
