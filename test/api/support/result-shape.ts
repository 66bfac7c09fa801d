/**
 * The part of an assessment result the journey compares: what the API
 * serves (a GraphQL selection) and the same fields taken from a result that
 * core computed independently, so the two can be compared with toEqual.
 */
import type { AssessmentResult } from '@crm-maturity/core';

export const resultSelection = `{
  questionnaireId questionnaireVersion questionnaireFingerprint overallScore overallLevel { id } overallScoreLevel { id } overallRule
  overallLevelBounds { rule explanation } overallRange { low high } agreement { statistic mean questions voices }
  completion { total answered notApplicable unanswered requiredUnanswered ratio minimumForResults sufficient missing { questionId dimension topic required } }
  dimensions {
    id score level { id } levelBounds { rule explanation } range { low high } completion { total answered notApplicable unanswered requiredUnanswered ratio }
    questions { questionId status earned possible fraction contribution respondents { respondentKey status fraction value evidence } }
  }
  disagreements { questionId spread respondents { respondentKey fraction value } }
}`;

export function resultShape(result: AssessmentResult) {
  return {
    questionnaireId: result.questionnaire.id,
    questionnaireVersion: result.questionnaire.version,
    questionnaireFingerprint: result.questionnaire.fingerprint,
    overallScore: result.overall.score,
    overallLevel: { id: result.overall.level.id },
    overallScoreLevel: { id: result.overall.scoreLevel.id },
    overallRule: result.overall.rule,
    overallLevelBounds: result.overall.levelBounds.map((b) => ({ rule: b.rule.toUpperCase(), explanation: b.explanation })),
    overallRange: result.overall.range,
    agreement: result.agreement,
    completion: result.completion,
    dimensions: result.dimensions.map((d) => ({
      id: d.id,
      score: d.score,
      level: { id: d.level.id },
      levelBounds: d.levelBounds.map((b) => ({ rule: b.rule.toUpperCase(), explanation: b.explanation })),
      range: d.range,
      completion: d.completion,
      questions: d.questions.map((q) => ({
        questionId: q.questionId,
        status: q.status,
        earned: q.earned,
        possible: q.possible,
        fraction: q.fraction,
        contribution: q.contribution,
        respondents: q.respondents.map((r) => ({ respondentKey: r.respondentId, status: r.status, fraction: r.fraction ?? null, value: r.value ?? null, evidence: r.evidence ?? null })),
      })),
    })),
    disagreements: result.disagreements.map((d) => ({ questionId: d.questionId, spread: d.spread, respondents: d.respondents.map((r) => ({ respondentKey: r.respondentId, fraction: r.fraction, value: r.value })) })),
  };
}
