import type { CohortFilter } from '@crm-maturity/core';
import { z } from 'zod';
import { builder } from '../builder';
import { IndustryEnum, RegionEnum, SizeBandEnum } from './organization';

export const CohortFilterInput = builder.inputType('CohortFilterInput', {
  description: 'Organizations matching every given field (any of the values listed for a field).',
  fields: (t) => ({
    industry: t.field({ type: [IndustryEnum], required: false }),
    sizeBand: t.field({ type: [SizeBandEnum], required: false }),
    region: t.field({ type: [RegionEnum], required: false }),
    period: t.stringList({ required: false, validate: z.array(z.string().regex(/^\d{4}(-Q[1-4])?$/, 'a period is a year or a quarter, e.g. "2026" or "2026-Q3"')) }),
  }),
});

export function toCohortFilter(input: { industry?: string[] | null; sizeBand?: string[] | null; region?: string[] | null; period?: string[] | null } | null | undefined): CohortFilter {
  const filter: Record<string, string[]> = {};
  for (const field of ['industry', 'sizeBand', 'region', 'period'] as const) {
    const values = input?.[field];
    if (values && values.length) filter[field] = values;
  }
  return filter as CohortFilter;
}
