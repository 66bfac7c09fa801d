import { CrmMaturityError } from '@crm-maturity/core';
import type { Viewer } from '../auth/roles';
import { notFound } from '../errors';
import type { Db } from '../db';

/**
 * Object-level authorization in one place: which organizations a viewer
 * may see. Every query and mutation that reaches an organization or its
 * assessments goes through these, so the rule cannot drift between
 * resolvers. Another tenant's id answers NOT_FOUND, exactly like an id
 * that does not exist, so ids cannot be probed.
 */
export function organizationScope(viewer: Viewer | null): { id?: string | { in: string[] }; consultants?: object } | null {
  if (!viewer) return null;
  switch (viewer.role) {
    case 'ADMIN':
      return {};
    case 'CONSULTANT':
      return { consultants: { some: { consultantId: viewer.userId } } };
    case 'MEMBER':
      return viewer.organizationId ? { id: viewer.organizationId } : null;
    case 'RESEARCHER':
      return null; // aggregates only
  }
}

/** A filter no row matches: a viewer with no organization scope reaches nothing by id. */
const noRow = { id: { in: [] as string[] } };

/**
 * The unique where of an organization as the viewer may load it, for the
 * relay `node`/`nodes` loaders: an organization outside the scope is not
 * found, exactly like an id that does not exist.
 */
export function visibleOrganizationWhere(viewer: Viewer | null, id: string) {
  return { id, AND: [organizationScope(viewer) ?? noRow] };
}

/** The same for an assessment: visible when its organization is. */
export function visibleAssessmentWhere(viewer: Viewer | null, id: string) {
  const scope = organizationScope(viewer);
  return scope ? { id, organization: scope } : { id, AND: [noRow] };
}

export function requireViewer(viewer: Viewer | null): Viewer {
  if (!viewer) throw new CrmMaturityError('UNAUTHENTICATED', 'sign in with a bearer API token (Authorization: Bearer <token>)');
  return viewer;
}

/** Throws NOT_FOUND unless the viewer may see the organization. */
export async function assertOrganizationVisible(db: Db, viewer: Viewer | null, organizationId: string): Promise<void> {
  const scope = organizationScope(requireViewer(viewer));
  const found = scope ? await db.organization.findFirst({ where: { AND: [{ id: organizationId }, scope] }, select: { id: true } }) : null;
  if (!found) throw notFound('organization', organizationId);
}

/** Throws NOT_FOUND unless the viewer may see the assessment's organization; returns the assessment. */
export async function visibleAssessment(db: Db, viewer: Viewer | null, assessmentId: string) {
  const scope = organizationScope(requireViewer(viewer));
  const assessment = scope
    ? await db.assessment.findFirst({ where: { id: assessmentId, organization: scope } })
    : null;
  if (!assessment) throw notFound('assessment', assessmentId);
  return assessment;
}
