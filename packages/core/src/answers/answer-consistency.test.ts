import { describe, expect, it } from 'vitest';
import { fixtureQuestionnaire } from '../testing/fixture-questionnaire';
import type { Questionnaire } from '../model/questionnaire-schema';
import { inconsistentAnswers } from './answer-consistency';
import { validateAnswers } from './validate-answers';
import { checkResponseRow } from '../research/check-response-row';
import { scoreAnswerValue } from '../scoring/score-answer-value';

/** The fixture with a channel list and a personalization grid that follows it. */
function linked(): Questionnaire {
  const base = fixtureQuestionnaire();
  const questions = [
    ...base.questions,
    {
      id: 'technology.channels', order: 90, topic: 'Channels', text: 'Which channels do you offer?', help: 'Select every channel.', weight: 1, required: false,
      allowNotApplicable: false, action: 'Offer the channels customers use.', references: [], dimension: 'technology' as const, type: 'multiple_choice' as const,
      options: [{ id: 'email', label: 'Email', points: 1 }, { id: 'phone', label: 'Phone', points: 1 }, { id: 'chat', label: 'Chat', points: 1 }],
    },
    {
      id: 'technology.personal', order: 91, topic: 'Personalization', text: 'Are responses personalized per channel?', help: 'Mark channels not offered.', weight: 1, required: false,
      allowNotApplicable: false, action: 'Personalize every channel you offer.', references: [], dimension: 'technology' as const, type: 'grid' as const,
      rows: [{ id: 'email', label: 'Email' }, { id: 'phone', label: 'Phone' }, { id: 'chat', label: 'Chat' }],
      columns: [{ id: 'not-offered', label: 'Not offered', points: 0, notOffered: true }, { id: 'generic', label: 'Generic', points: 1 }, { id: 'personal', label: 'Personal', points: 2 }],
      offeredIn: { question: 'technology.channels', options: { email: 'email', phone: 'phone', chat: 'chat' } },
    },
  ];
  return { ...base, questions } as Questionnaire;
}

describe('answers consistent across linked questions', () => {
  const questionnaire = linked();
  const grid = questionnaire.questions.find((q) => q.id === 'technology.personal')!;
  const answers = (channels: string[], cells: Record<string, string>) => ({ 'technology.channels': channels, 'technology.personal': cells });

  it('names both questions when a channel not offered is answered, or an offered one is marked "not offered"', () => {
    const found = inconsistentAnswers(questionnaire, (id) => answers(['email'], { email: 'not-offered', phone: 'personal', chat: 'not-offered' })[id as 'technology.channels']);
    expect(found.map((f) => [f.questionId, f.relatedQuestionId, f.row, f.value])).toEqual([
      ['technology.personal', 'technology.channels', 'email', 'not-offered'],
      ['technology.personal', 'technology.channels', 'phone', 'personal'],
    ]);
    expect(found[1]!.message).toBe('technology.personal row "phone" (Phone) is "personal", but technology.channels does not include "phone": answer "not-offered" or add the channel');
  });

  it('refuses them in answer files (per respondent, with the path of the row) and in response rows', () => {
    const file = {
      questionnaire: { id: questionnaire.id, version: questionnaire.version },
      organization: { name: 'B2B firm' },
      respondents: [{ id: 'r1', businessUnit: 'sales', answers: { 'technology.channels': { value: ['email'] }, 'technology.personal': { value: { email: 'personal', phone: 'generic', chat: 'not-offered' } } } }],
    };
    const validation = validateAnswers(questionnaire, file, { completeness: 'partial' });
    expect(validation.ok).toBe(false);
    expect(validation.issues).toEqual([
      expect.objectContaining({ code: 'INCONSISTENT_ANSWERS', path: ['respondents', 0, 'answers', 'technology.personal', 'value', 'phone'], questionId: 'technology.personal', relatedQuestionId: 'technology.channels', respondentId: 'r1' }),
    ]);
    const row = { id: 'x', industry: 'retail', sizeBand: 'small', region: 'europe', period: '2026', questionnaire: file.questionnaire, answers: { 'technology.channels': ['email'], 'technology.personal': { email: 'personal', phone: 'generic', chat: 'not-offered' } } };
    const check = checkResponseRow(questionnaire, row);
    expect(check.ok).toBe(false);
    expect(!check.ok && check.issues.map((i) => i.code)).toEqual(['INCONSISTENT_ANSWERS']);
  });

  it('scores only the channels offered: three personalized of three earn full marks, eight generic would earn half', () => {
    expect(scoreAnswerValue(grid, { email: 'personal', phone: 'personal', chat: 'not-offered' }).fraction).toBe(1);
    expect(scoreAnswerValue(grid, { email: 'generic', phone: 'generic', chat: 'generic' }).fraction).toBe(0.5);
    // Offering nothing earns nothing, rather than full marks for an empty set.
    expect(scoreAnswerValue(grid, { email: 'not-offered', phone: 'not-offered', chat: 'not-offered' }).fraction).toBe(0);
  });

  it('skips the check while either question is unanswered', () => {
    expect(inconsistentAnswers(questionnaire, (id) => (id === 'technology.personal' ? { email: 'personal', phone: 'personal', chat: 'personal' } : undefined))).toEqual([]);
  });
});
