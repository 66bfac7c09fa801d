import type { Questionnaire } from '../model/questionnaire-schema';
import { fingerprint } from '../support/fingerprint';

const cache = new WeakMap<Questionnaire, string>();

/**
 * The fingerprint of a questionnaire's content, computed once per object.
 * Rules added to the schema after a version was published, left at the
 * default that reproduces that version, are not part of its content: a
 * stored v1 result keeps the fingerprint it was scored with.
 */
export function questionnaireFingerprint(questionnaire: Questionnaire): string {
  let value = cache.get(questionnaire);
  if (value === undefined) {
    const { notApplicable, completion, ...published } = questionnaire;
    value = fingerprint({
      ...published,
      ...(notApplicable !== 'drop_out' ? { notApplicable } : {}),
      ...(completion.minimumForResults !== 0.8 ? { completion } : {}),
    });
    cache.set(questionnaire, value);
  }
  return value;
}
