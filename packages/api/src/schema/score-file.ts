import { CrmMaturityError, issueDetail, scoreAnswers } from '@crm-maturity/core';
import { builder } from '../builder';
import { questionnaireVersion } from '../services/questionnaires';
import { AssessmentResultRef } from './result';

builder.mutationFields((t) => ({
  scoreAnswerFile: t.field({
    type: AssessmentResultRef,
    description:
      'Scores an answer file (the JSON format of schemas/answers.schema.json) without storing anything: for a quick self-assessment or a what-if. Drafts allowed.',
    authScopes: { signedIn: true },
    args: { answers: t.arg({ type: 'JSON', required: true }) },
    resolve: (_root, args) => {
      const header = (args.answers as { questionnaire?: { id?: unknown; version?: unknown } } | null)?.questionnaire;
      if (typeof header?.id !== 'string' || typeof header.version !== 'string') {
        throw new CrmMaturityError('BAD_USER_INPUT', 'the answer file must name its questionnaire: {"questionnaire": {"id": "crm-maturity", "version": "1.0.0"}, ...}', [{ field: 'answers.questionnaire', message: 'missing' }]);
      }
      const scored = scoreAnswers(questionnaireVersion(header.id, header.version), args.answers);
      if (!scored.ok) throw new CrmMaturityError('INVALID_ANSWERS', `${scored.issues.length} problem(s) in the answer file`, scored.issues.map(issueDetail));
      return scored.result;
    },
  }),
}));
