/** What the privacy attacks need from core, in one place. */
export { groupRows, type ProfileField, type ScoredResponseSet } from '@crm-maturity/core';
import type { ProfileField } from '@crm-maturity/core';

/** The label the API gives a cell, e.g. "industry=retail, sizeBand=large" ("all organizations" for the total). */
export function labelOfCell(fields: readonly ProfileField[], values: Partial<Record<ProfileField, string>>): string {
  return fields.length ? fields.map((f) => `${f}=${values[f]}`).join(', ') : 'all organizations';
}
