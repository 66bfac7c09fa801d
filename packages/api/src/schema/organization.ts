import { CrmMaturityError, displayTextSchema, industrySchema, regionSchema, sizeBandSchema } from '@crm-maturity/core';
import { z } from 'zod';
import { builder } from '../builder';
import { notFound } from '../errors';
import { assertOrganizationVisible, organizationScope, requireViewer, visibleOrganizationWhere } from '../services/access';

/** GraphQL enum names cannot hold "-": "travel-hospitality" is TRAVEL_HOSPITALITY on the wire and the same string inside. */
function kebabEnum<T extends string>(values: readonly T[]) {
  return Object.fromEntries(values.map((value) => [value.toUpperCase().replace(/-/g, '_'), { value }])) as Record<string, { value: T }>;
}

export const IndustryEnum = builder.enumType('Industry', { values: kebabEnum(industrySchema.options) });
export const SizeBandEnum = builder.enumType('SizeBand', { values: kebabEnum(sizeBandSchema.options) });
export const RegionEnum = builder.enumType('Region', { values: kebabEnum(regionSchema.options) });

export const OrganizationNode = builder.prismaNode('Organization', {
  id: { field: 'id' },
  // The relay node(id) query loads through this: without the scope it served any tenant, even to anonymous callers.
  findUnique: (id, context) => visibleOrganizationWhere(context.viewer, id),
  fields: (t) => ({
    name: t.exposeString('name'),
    industry: t.field({ type: IndustryEnum, resolve: (o) => o.industry as z.infer<typeof industrySchema> }),
    sizeBand: t.field({ type: SizeBandEnum, resolve: (o) => o.sizeBand as z.infer<typeof sizeBandSchema> }),
    region: t.field({ type: RegionEnum, resolve: (o) => o.region as z.infer<typeof regionSchema> }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime' }),
    assessments: t.relatedConnection('assessments', { cursor: 'id', query: () => ({ orderBy: [{ createdAt: 'desc' }, { id: 'desc' }] }) }),
  }),
});

const OrganizationFilter = builder.inputType('OrganizationFilter', {
  fields: (t) => ({
    industry: t.field({ type: IndustryEnum, required: false }),
    sizeBand: t.field({ type: SizeBandEnum, required: false }),
    region: t.field({ type: RegionEnum, required: false }),
    nameContains: t.string({ required: false, validate: z.string().max(100) }),
  }),
});

/** The same rule as an answer file's organization name. */
const organizationNameSchema = displayTextSchema({ max: 300 });

const OrganizationInput = builder.inputType('OrganizationInput', {
  fields: (t) => ({
    name: t.string({ required: true, validate: organizationNameSchema }),
    industry: t.field({ type: IndustryEnum, required: true }),
    sizeBand: t.field({ type: SizeBandEnum, required: true }),
    region: t.field({ type: RegionEnum, required: true }),
  }),
});

const OrganizationPatch = builder.inputType('OrganizationPatch', {
  fields: (t) => ({
    name: t.string({ required: false, validate: organizationNameSchema }),
    industry: t.field({ type: IndustryEnum, required: false }),
    sizeBand: t.field({ type: SizeBandEnum, required: false }),
    region: t.field({ type: RegionEnum, required: false }),
  }),
});

builder.queryFields((t) => ({
  organizations: t.prismaConnection({
    type: 'Organization',
    cursor: 'id',
    description: 'The organizations the caller may see: all for an admin, assigned ones for a consultant, its own for a member.',
    authScopes: { role: ['ADMIN', 'CONSULTANT', 'MEMBER'] },
    args: { filter: t.arg({ type: OrganizationFilter, required: false }) },
    resolve: (query, _root, args, context) => {
      const scope = organizationScope(context.viewer) ?? { id: '__none__' };
      const filter = args.filter ?? {};
      return context.db.organization.findMany({
        ...query,
        where: {
          AND: [
            scope,
            filter.industry ? { industry: filter.industry } : {},
            filter.sizeBand ? { sizeBand: filter.sizeBand } : {},
            filter.region ? { region: filter.region } : {},
            filter.nameContains ? { name: { contains: filter.nameContains } } : {},
          ],
        },
        orderBy: [{ name: 'asc' }, { id: 'asc' }],
      });
    },
  }),
  organization: t.prismaField({
    type: 'Organization',
    authScopes: { role: ['ADMIN', 'CONSULTANT', 'MEMBER'] },
    args: { id: t.arg.id({ required: true }) },
    resolve: async (query, _root, args, context) => {
      const id = decodeId(args.id, 'Organization');
      await assertOrganizationVisible(context.db, context.viewer, id);
      return context.db.organization.findUniqueOrThrow({ ...query, where: { id } });
    },
  }),
}));

builder.mutationFields((t) => ({
  createOrganization: t.prismaField({
    type: 'Organization',
    description: 'An admin or consultant adds a client organization; a consultant is assigned to it at once.',
    authScopes: { role: ['ADMIN', 'CONSULTANT'] },
    args: { input: t.arg({ type: OrganizationInput, required: true }) },
    resolve: (query, _root, { input }, context) => {
      const viewer = requireViewer(context.viewer);
      return context.db.organization.create({
        ...query,
        data: { ...input, ...(viewer.role === 'CONSULTANT' ? { consultants: { create: { consultantId: viewer.userId } } } : {}) },
      });
    },
  }),
  updateOrganization: t.prismaField({
    type: 'Organization',
    authScopes: { role: ['ADMIN', 'CONSULTANT'] },
    args: { id: t.arg.id({ required: true }), patch: t.arg({ type: OrganizationPatch, required: true }) },
    resolve: async (query, _root, args, context) => {
      const id = decodeId(args.id, 'Organization');
      await assertOrganizationVisible(context.db, context.viewer, id);
      const data = Object.fromEntries(Object.entries(args.patch).filter(([, v]) => v !== null && v !== undefined));
      return context.db.organization.update({ ...query, where: { id }, data });
    },
  }),
}));

/** Accepts a relay global id (base64 "Type:id") or a raw id, and returns the raw id. */
export function decodeId(id: string | number, type: string): string {
  const text = String(id);
  try {
    const decoded = Buffer.from(text, 'base64').toString('utf8');
    if (decoded.startsWith(`${type}:`)) return decoded.slice(type.length + 1);
  } catch {
    // not base64: a raw id
  }
  if (/^[A-Za-z]+:/.test(text)) throw new CrmMaturityError('BAD_USER_INPUT', `expected a ${type} id`, [{ field: 'id', value: text, message: `not a ${type} id` }]);
  return text;
}

export { notFound };
