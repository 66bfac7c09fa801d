import { describe, expect, it } from 'vitest';
import { fixtureQuestionnaire } from '../../testing/fixture-questionnaire';
import { formatAnswerCell, parseAnswerCell } from './answer-cell';

const questionnaire = fixtureQuestionnaire();
const question = (id: string) => questionnaire.questions.find((q) => q.id === id)!;

describe('answer cells', () => {
  const cases: [string, unknown, string][] = [
    ['people.exec', true, 'yes'],
    ['people.exec', false, 'no'],
    ['people.front-line', 'some', 'some'],
    ['process.techniques', ['personas', 'feedback'], 'personas|feedback'],
    ['process.techniques', [], '-'],
    ['process.response-rate', 12.5, '12.5'],
    ['process.response-rate', 1e-7, '1e-7'],
    ['information.sources', 3, '3'],
    ['technology.personalization', { email: 'generic', social: 'personal' }, 'email=generic|social=personal'],
    ['information.stale', null, 'n/a'],
    ['people.exec', undefined, ''],
  ];
  for (const [id, value, cell] of cases) {
    it(`writes ${JSON.stringify(value)} for ${id} as "${cell}" and reads it back`, () => {
      expect(formatAnswerCell(question(id), value as never)).toBe(cell);
      expect(parseAnswerCell(question(id), cell)).toEqual({ ok: true, value });
    });
  }

  it('writes grid rows in questionnaire order', () => {
    expect(formatAnswerCell(question('technology.personalization'), { social: 'generic', email: 'personal' })).toBe(
      'email=personal|social=generic',
    );
  });

  it('says what a cell should hold when it cannot be read', () => {
    expect(parseAnswerCell(question('people.exec'), 'true')).toEqual({ ok: false, message: 'expects yes, no or n/a, got "true"' });
    expect(parseAnswerCell(question('information.sources'), ' 3')).toEqual({ ok: false, message: 'expects a number or n/a, got " 3"' });
    expect(parseAnswerCell(question('information.sources'), 'Infinity')).toEqual({ ok: false, message: 'expects a number or n/a, got "Infinity"' });
    expect(parseAnswerCell(question('technology.personalization'), 'email')).toEqual({
      ok: false,
      message: 'expects row=column pairs joined by "|", got "email"',
    });
    expect(parseAnswerCell(question('technology.personalization'), 'email=generic|email=personal')).toEqual({
      ok: false,
      message: 'row "email" is answered twice in "email=generic|email=personal"',
    });
  });

  it('leaves option and row checks to checkResponseRow', () => {
    expect(parseAnswerCell(question('people.front-line'), 'most')).toEqual({ ok: true, value: 'most' });
    expect(parseAnswerCell(question('technology.personalization'), '__proto__=x')).toEqual({ ok: true, value: { ['__proto__']: 'x' } });
  });
});
