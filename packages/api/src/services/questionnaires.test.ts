import { bundledMajorVersions, bundledQuestionnaire } from '@crm-maturity/questionnaires';
import { describe, expect, it } from 'vitest';
import { CrmMaturityError } from '@crm-maturity/core';
import { allQuestionnaires, latestQuestionnaire, questionnaireVersion, questionsById } from './questionnaires';

describe('the loaded questionnaires', () => {
  it('are every bundled version, loaded once: the same object on every call', () => {
    expect(allQuestionnaires().map((q) => q.version)).toEqual(bundledMajorVersions('crm-maturity').map((major) => bundledQuestionnaire('crm-maturity', String(major)).version));
    expect(allQuestionnaires()).toBe(allQuestionnaires());
    for (const q of allQuestionnaires()) expect(questionnaireVersion(q.id, q.version)).toBe(q);
    expect(latestQuestionnaire()).toBe(allQuestionnaires().at(-1));
  });

  it('are keyed by id and exact version: a major alone, another version or another id is not found', () => {
    const q = latestQuestionnaire();
    const [major, minor, patch] = q.version.split('.').map(Number) as [number, number, number];
    for (const [id, version] of [[q.id, String(major)], [q.id, `${major}.${minor}.${patch + 1}`], [q.id, `${major + 1}.0.0`], ['other', q.version]] as const) {
      let thrown: unknown;
      try {
        questionnaireVersion(id, version);
      } catch (error) {
        thrown = error;
      }
      expect(thrown, `${id} ${version}`).toBeInstanceOf(CrmMaturityError);
      expect((thrown as CrmMaturityError).code).toBe('UNKNOWN_QUESTIONNAIRE');
      expect((thrown as CrmMaturityError).message).toContain(`available: ${allQuestionnaires().map((x) => `${x.id} ${x.version}`).join(', ')}`);
    }
  });

  it('index their questions by id once per version, exactly the questions of that version', () => {
    for (const q of allQuestionnaires()) {
      const index = questionsById(q);
      expect(questionsById(q)).toBe(index);
      expect([...index.keys()]).toEqual(q.questions.map((x) => x.id));
      for (const question of q.questions) expect(index.get(question.id)).toBe(question);
    }
    // Another version's object gets its own index, never this one's.
    const copy = { ...latestQuestionnaire(), questions: latestQuestionnaire().questions.slice(0, 2) };
    expect([...questionsById(copy).keys()]).toEqual(copy.questions.map((x) => x.id));
  });
});
