import { describe, expect, it } from 'vitest';
import { bestAnswerValue, worstAnswerValue } from '../model/extreme-answers';
import { fixtureQuestionnaire } from '../testing/fixture-questionnaire';
import { scoreAnswerValue } from './score-answer-value';

const questionnaire = fixtureQuestionnaire();
const question = (id: string) => questionnaire.questions.find((q) => q.id === id)!;

describe('scoreAnswerValue', () => {
  it.each([
    ['people.exec', true, 1, 1, '"yes": 1 of 1 points'],
    ['people.front-line', 'some', 1, 3, '"Some": 1 of 3 points'],
    ['process.techniques', ['personas'], 1, 2, '1 selected: Personas: 1 of 2 points'],
    ['process.techniques', ['personas', 'journeys', 'feedback'], 2, 2, '3 selected: Personas, Journey maps, Feedback (3, capped at 2): 2 of 2 points'],
    ['process.techniques', ['none'], 0, 2, '1 selected: None: 0 of 2 points'],
    ['process.response-rate', 24.9, 0, 2, '24.9% is in band "under 25%": 0 of 2 points'],
    ['process.response-rate', 25, 1, 2, '25% is in band "25% to 75%": 1 of 2 points'],
    ['process.response-rate', 100, 2, 2, '100% is in band "75% or more": 2 of 2 points'],
    ['information.sources', 1, 4, 4, '1 is in band "one": 4 of 4 points'],
    ['information.sources', 4, 2, 4, '4 is in band "3 to 4": 2 of 4 points'],
    ['information.sources', 250, 0, 4, '250 is in band "10 or more": 0 of 4 points'],
    ['information.stale', true, 0, 1, '"yes": 0 of 1 points'],
    ['technology.personalization', { email: 'personal', social: 'not-offered' }, 2, 4, 'Email personalized (2); Social media not offered (0): 2 of 4 points'],
  ])('%s = %j earns %d of %d', (id, value, earned, possible, explanation) => {
    const scored = scoreAnswerValue(question(id), value);
    expect(scored).toEqual({ earned, possible, fraction: earned / possible, explanation });
  });
});

describe('best and worst answers', () => {
  it.each(questionnaire.questions.map((q) => [q.id]))('%s: best earns everything, worst nothing', (id) => {
    expect(scoreAnswerValue(question(id), bestAnswerValue(question(id))).fraction).toBe(1);
    expect(scoreAnswerValue(question(id), worstAnswerValue(question(id))).fraction).toBe(0);
  });

  it('inverts yes/no when "no" is the better answer', () => {
    expect(bestAnswerValue(question('information.stale'))).toBe(false);
  });
});
