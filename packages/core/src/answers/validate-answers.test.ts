import { describe, expect, it } from 'vitest';
import { answerFile, fixtureQuestionnaire } from '../testing/fixture-questionnaire';
import { validateAnswers } from './validate-answers';

const questionnaire = fixtureQuestionnaire();

describe('validateAnswers', () => {
  it('returns every problem at once, each with respondent, question id, code and value', () => {
    const result = validateAnswers(
      questionnaire,
      answerFile([
        {
          'people.exec': { value: 'yes' },
          'people.front-line': { value: 'most' },
          'people.unknown': { value: true },
          'process.techniques': { value: ['personas', 'none'] },
          'process.response-rate': { value: 140 },
          'information.sources': { value: 2.5 },
          'technology.personalization': { value: { email: 'personal', fax: 'generic' } },
          'technology.chat': { notApplicable: true },
        },
      ]),
    );
    expect(result.ok).toBe(false);
    const summary = result.issues.map((i) => [i.code, i.questionId, i.value]);
    expect(summary).toEqual([
      ['WRONG_TYPE', 'people.exec', 'yes'],
      ['UNKNOWN_OPTION', 'people.front-line', 'most'],
      ['UNKNOWN_QUESTION', 'people.unknown', 'people.unknown'],
      ['EXCLUSIVE_OPTION_CONFLICT', 'process.techniques', ['personas', 'none']],
      ['OUT_OF_RANGE', 'process.response-rate', 140],
      ['NOT_WHOLE_NUMBER', 'information.sources', 2.5],
      ['UNKNOWN_ROW', 'technology.personalization', 'fax'],
      ['MISSING_ROW', 'technology.personalization', ['social']],
      ['NOT_APPLICABLE_NOT_ALLOWED', 'technology.chat', { notApplicable: true }],
      ['MISSING_REQUIRED', 'information.stale', undefined],
    ]);
    expect(result.issues.every((i) => i.code === 'MISSING_REQUIRED' || i.respondentId === 'r1')).toBe(true);
    expect(result.issues[1]!.message).toBe('people.front-line (respondent r1): "most" is not an option; options are none, some, all');
    expect(result.issues[4]!.path).toEqual(['respondents', 0, 'answers', 'process.response-rate', 'value']);
  });

  it('allows unanswered questions in partial mode only', () => {
    const draft = answerFile([{ 'people.exec': { value: true } }]);
    expect(validateAnswers(questionnaire, draft, { completeness: 'partial' }).ok).toBe(true);
    const complete = validateAnswers(questionnaire, draft, { completeness: 'complete' });
    expect(complete.issues.filter((i) => i.code === 'MISSING_REQUIRED').map((i) => i.questionId)).toEqual([
      'people.front-line',
      'process.techniques',
      'process.response-rate',
      'information.sources',
      'information.stale',
      'technology.personalization',
      'technology.chat',
    ]);
  });

  it('reports structural problems with their JSON path and value', () => {
    const result = validateAnswers(questionnaire, {
      questionnaire: { id: 'fixture', version: '1' },
      organization: { name: '', industry: 'mining' },
      respondents: [],
    });
    expect(result.issues.map((i) => i.message)).toEqual([
      'questionnaire.version: versions are semantic, e.g. "1.0.0" (got "1")',
      'organization.name: must not be empty (got "")',
      expect.stringMatching(/^organization\.industry: Invalid option: expected one of .*\(got "mining"\)$/),
      'respondents: an answer file needs at least one respondent (got [])',
    ]);
  });

  it('refuses answers meant for another questionnaire version', () => {
    const file = { ...answerFile([{}]), questionnaire: { id: 'fixture', version: '2.0.0' } };
    const result = validateAnswers(questionnaire, file);
    expect(result.issues).toEqual([expect.objectContaining({ code: 'QUESTIONNAIRE_MISMATCH' })]);
    expect(result.issues[0]!.message).toBe('answers are for fixture 2.0.0, but the questionnaire is fixture 1.0.0');
  });

  it('flags a respondent id used twice', () => {
    const file = answerFile([{}, {}]);
    file.respondents[1]!.id = 'r1';
    const result = validateAnswers(questionnaire, file, { completeness: 'partial' });
    expect(result.issues.map((i) => [i.code, i.respondentId])).toEqual([['DUPLICATE_RESPONDENT', 'r1']]);
  });
});
