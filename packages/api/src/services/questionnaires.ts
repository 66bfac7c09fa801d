import { CrmMaturityError, type Questionnaire, type QuestionnaireQuestion } from '@crm-maturity/core';
import { bundledMajorVersions, bundledQuestionnaire } from '@crm-maturity/questionnaires';

/**
 * The bundled questionnaires, read from disk once per process: they ship
 * with the server and do not change while it runs (a new version is a new
 * folder and a new deployment). Before this, every resolver that needed a
 * questionnaire listed the folder again (readdirSync, several times per
 * request). Everything is keyed by id and exact version, so an assessment
 * of 1.0.0 can never be scored with another version's questions.
 */
type Bundled = { all: Questionnaire[]; byVersion: Map<string, Questionnaire> };

let bundled: Bundled | undefined;

const keyOf = (id: string, version: string) => `${id}@${version}`;

function loaded(): Bundled {
  if (!bundled) {
    const all = bundledMajorVersions('crm-maturity').map((major) => bundledQuestionnaire('crm-maturity', String(major)));
    bundled = { all, byVersion: new Map(all.map((q) => [keyOf(q.id, q.version), q])) };
  }
  return bundled;
}

/** Every bundled questionnaire version, newest last. */
export function allQuestionnaires(): Questionnaire[] {
  return loaded().all;
}

export function latestQuestionnaire(): Questionnaire {
  const all = allQuestionnaires();
  return all[all.length - 1]!;
}

/** The bundled questionnaire of an exact version, or an UNKNOWN_QUESTIONNAIRE error naming the versions there are. */
export function questionnaireVersion(id: string, version: string): Questionnaire {
  const found = loaded().byVersion.get(keyOf(id, version));
  if (!found) {
    throw new CrmMaturityError('UNKNOWN_QUESTIONNAIRE', `no questionnaire ${id} ${version}; available: ${allQuestionnaires().map((q) => `${q.id} ${q.version}`).join(', ')}`, [
      { field: 'questionnaireVersion', value: version, message: 'unknown version' },
    ]);
  }
  return found;
}

const questionIndexes = new WeakMap<Questionnaire, Map<string, QuestionnaireQuestion>>();

/** A questionnaire's questions by id, built once per questionnaire version (a save checks its answers against it). */
export function questionsById(questionnaire: Questionnaire): Map<string, QuestionnaireQuestion> {
  let index = questionIndexes.get(questionnaire);
  if (!index) {
    index = new Map(questionnaire.questions.map((q) => [q.id, q]));
    questionIndexes.set(questionnaire, index);
  }
  return index;
}

