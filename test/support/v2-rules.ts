import type { Questionnaire } from '@crm-maturity/core';
import { bundledQuestionnaire } from '@crm-maturity/questionnaires';

/**
 * v1's questions under the version-2 rules, so the rules are tested on a
 * second questionnaire besides v2 itself: level bounds and practices,
 * "not applicable" that never lifts a level, respondents by business unit.
 */
export function v1WithV2Rules(): Questionnaire {
  const v1 = bundledQuestionnaire('crm-maturity', '1.0.0');
  return {
    ...v1,
    version: '1.99.0',
    notApplicable: 'never_lifts_level',
    completion: { minimumForResults: 0.8 },
    respondents: { combine: 'by_business_unit', disagreementThreshold: 0.5, flagAnyDifferenceUpTo: 5, minimumCompletion: 0.5 },
    overall: {
      rule: 'weighted_mean',
      level: {
        maxAboveWeakestDimension: 1,
        requires: {
          advanced: [{ question: 'process.voice-of-customer-programme', answer: 'some-units' }],
          strategic: [
            { question: 'people.executive-involvement', answer: 'executive-team' },
            { question: 'process.closed-feedback-loop', answer: 'acted-on' },
          ],
          innovative: [
            { question: 'information.single-customer-view', answer: true },
            { question: 'process.closed-feedback-loop', answer: 'acted-and-shown' },
            { question: 'technology.proactive-social-service', answer: 'proactive' },
          ],
        },
      },
    },
  };
}
