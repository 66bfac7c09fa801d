import { existsSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CrmMaturityError, type Questionnaire } from '@crm-maturity/core';
import { loadQuestionnaire } from './load-questionnaire';

/** The folder that holds the bundled questionnaires (`<id>/v<major>/`). */
export const questionnairesRoot = join(dirname(fileURLToPath(import.meta.url)), '..');

export function bundledVersionDirectory(id: string, major: number): string {
  return join(questionnairesRoot, id, `v${major}`);
}

/** The bundled major versions of a questionnaire, oldest first. */
export function bundledMajorVersions(id = 'crm-maturity'): number[] {
  if (!/^[a-z][a-z0-9-]*$/.test(id) || !existsSync(join(questionnairesRoot, id))) return [];
  return readdirSync(join(questionnairesRoot, id))
    .map((name) => /^v(\d+)$/.exec(name)?.[1])
    .filter((major): major is string => major !== undefined)
    .map(Number)
    .sort((a, b) => a - b);
}

const loaded = new Map<string, Questionnaire>();

/**
 * A bundled questionnaire version, loaded once. `version` is "1.0.0" or a
 * major ("1"); without it, the newest bundled version.
 *
 * @throws CrmMaturityError UNKNOWN_QUESTIONNAIRE naming the bundled versions when there is no such version
 */
export function bundledQuestionnaire(id = 'crm-maturity', version?: string): Questionnaire {
  const majors = bundledMajorVersions(id);
  const major = version ? Number(version.split('.')[0]) : majors[majors.length - 1];
  if (major === undefined || !majors.includes(major)) {
    const bundled = majors.length ? `bundled: ${majors.map((m) => `v${m}`).join(', ')}` : `no questionnaire "${id}" is bundled`;
    throw new CrmMaturityError('UNKNOWN_QUESTIONNAIRE', `no bundled questionnaire ${id} version ${version ?? '(any)'}; ${bundled}`, [{ field: 'version', value: version ?? null, message: bundled }]);
  }
  const key = `${id}@${major}`;
  let questionnaire = loaded.get(key);
  if (!questionnaire) {
    questionnaire = loadQuestionnaire(bundledVersionDirectory(id, major));
    loaded.set(key, questionnaire);
  }
  if (version?.includes('.') && questionnaire.version !== version) {
    throw new CrmMaturityError('UNKNOWN_QUESTIONNAIRE', `bundled ${id} v${major} is version ${questionnaire.version}, not ${version}`, [{ field: 'version', value: version, message: `bundled: ${questionnaire.version}` }]);
  }
  return questionnaire;
}

/** The example answer files of a bundled major version; without one, of the newest, as `bundledQuestionnaire` defaults. */
export function bundledExamplesDirectory(id = 'crm-maturity', major?: number): string {
  const newest = bundledMajorVersions(id).at(-1);
  const chosen = major ?? newest;
  if (chosen === undefined) throw new RangeError(`no questionnaire "${id}" is bundled`);
  return join(bundledVersionDirectory(id, chosen), 'examples');
}
