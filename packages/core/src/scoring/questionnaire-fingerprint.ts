import type { Questionnaire } from '../model/questionnaire-schema';
import { fingerprint } from '../support/fingerprint';

const cache = new WeakMap<Questionnaire, string>();

/** The fingerprint of a questionnaire's content, computed once per object. */
export function questionnaireFingerprint(questionnaire: Questionnaire): string {
  let value = cache.get(questionnaire);
  if (value === undefined) {
    value = fingerprint(questionnaire);
    cache.set(questionnaire, value);
  }
  return value;
}
