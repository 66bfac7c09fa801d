import { CrmMaturityError, type ProfileField } from '@crm-maturity/core';

/** The names a user may type for a profile field; `size` is what people say, `sizeBand` what the data says. */
const aliases: Record<string, ProfileField> = {
  industry: 'industry',
  size: 'sizeBand',
  sizeband: 'sizeBand',
  'size-band': 'sizeBand',
  region: 'region',
  period: 'period',
};

const fieldList = 'industry, size (sizeBand), region, period';

/** The profile field a user's name stands for, or undefined. */
export function profileFieldNamed(name: string): ProfileField | undefined {
  return aliases[name.trim().toLowerCase()];
}

/**
 * Parses `--by industry,size`: profile fields in the order given, each at most once.
 *
 * @throws CrmMaturityError BAD_USER_INPUT naming an unknown or repeated field and the allowed ones
 */
export function parseGroupingFields(value: string | undefined): ProfileField[] {
  if (value === undefined || value.trim() === '') throw new CrmMaturityError('BAD_USER_INPUT', `cohorts needs --by with one or more of ${fieldList}`);
  const fields: ProfileField[] = [];
  for (const name of value.split(',')) {
    const field = profileFieldNamed(name);
    if (!field) throw new CrmMaturityError('BAD_USER_INPUT', `--by: "${name.trim()}" is not a cohort field; fields are ${fieldList}`);
    if (fields.includes(field)) throw new CrmMaturityError('BAD_USER_INPUT', `--by: ${field} is named twice`);
    fields.push(field);
  }
  return fields;
}

/** Rewrites `size=large` in a `--where` clause to `sizeBand=large`, leaving anything else for the filter parser to judge. */
export function canonicalWhereClause(clause: string): string {
  const match = /^\s*([A-Za-z-]+)\s*=(.*)$/.exec(clause);
  const field = match ? profileFieldNamed(match[1]!) : undefined;
  return match && field ? `${field}=${match[2]}` : clause;
}
