import { CrmMaturityError } from '../errors/crm-maturity-error';
import type { AssessmentResult } from './result-types';

const sameName = (a: string, b: string) => a.trim().replace(/\s+/g, ' ').toLocaleLowerCase('en') === b.trim().replace(/\s+/g, ' ').toLocaleLowerCase('en');

/**
 * Refuses progress between results of different organizations (name, or a
 * profile field both give differently) or with the "before" result dated
 * after the "after" one. `sameOrganization` lets a caller that knows the
 * organization by id (the API) vouch for it even when the name changed.
 */
export function checkProgressOrder(previous: AssessmentResult, current: AssessmentResult, options: { sameOrganization?: boolean } = {}): void {
  const details: { message: string; field: string; value: unknown }[] = [];
  const a = previous.organization;
  const b = current.organization;
  if (!options.sameOrganization) {
    if (!sameName(a.name, b.name)) details.push({ message: `the earlier result is for "${a.name}", the later one for "${b.name}"`, field: 'organization.name', value: [a.name, b.name] });
    for (const field of ['industry', 'sizeBand', 'region'] as const) {
      const x = a[field];
      const y = b[field];
      // An organization can grow or shrink between assessments; it does not change industry or region.
      if (field !== 'sizeBand' && x !== undefined && y !== undefined && x !== y) {
        details.push({ message: `the earlier result has ${field} "${x}", the later one "${y}"`, field: `organization.${field}`, value: [x, y] });
      }
    }
  }
  if (previous.assessedAt && current.assessedAt && previous.assessedAt > current.assessedAt) {
    details.push({ message: `the earlier result is dated ${previous.assessedAt}, after the later one (${current.assessedAt}): give the earlier assessment first`, field: 'assessedAt', value: [previous.assessedAt, current.assessedAt] });
  }
  if (details.length) throw new CrmMaturityError('PROGRESS_NOT_COMPARABLE', `progress needs two assessments of one organization, the earlier first: ${details.map((d) => d.message).join('; ')}`, details);
}
