import { CrmMaturityError, type Questionnaire } from '@crm-maturity/core';
import { bundledMajorVersions, bundledQuestionnaire } from '@crm-maturity/questionnaires';

/** Every bundled questionnaire version, newest last. */
export function allQuestionnaires(): Questionnaire[] {
  return bundledMajorVersions('crm-maturity').map((major) => bundledQuestionnaire('crm-maturity', String(major)));
}

export function latestQuestionnaire(): Questionnaire {
  const all = allQuestionnaires();
  return all[all.length - 1]!;
}

/** The bundled questionnaire of an exact version, or an UNKNOWN_QUESTIONNAIRE error naming the versions there are. */
export function questionnaireVersion(id: string, version: string): Questionnaire {
  const found = allQuestionnaires().find((q) => q.id === id && q.version === version);
  if (!found) {
    throw new CrmMaturityError('UNKNOWN_QUESTIONNAIRE', `no questionnaire ${id} ${version}; available: ${allQuestionnaires().map((q) => `${q.id} ${q.version}`).join(', ')}`, [
      { field: 'questionnaireVersion', value: version, message: 'unknown version' },
    ]);
  }
  return found;
}
