import { z } from 'zod';
import { displayTextSchema } from '../text/display-text';

/**
 * The profile of an organization: what cohorts are cut by. The lists are
 * shared across questionnaire versions so that cohorts stay comparable.
 */
export const industrySchema = z.enum([
  'retail',
  'insurance',
  'banking',
  'telecommunications',
  'healthcare',
  'manufacturing',
  'utilities',
  'travel-hospitality',
  'technology',
  'public-sector',
  'other',
]);
export type Industry = z.infer<typeof industrySchema>;

/** Size bands by number of employees; the bounds are in `sizeBandEmployees`. */
export const sizeBandSchema = z.enum(['small', 'medium', 'large', 'enterprise']);
export type SizeBand = z.infer<typeof sizeBandSchema>;

export const sizeBandEmployees: Record<SizeBand, { min: number; max: number | null }> = {
  small: { min: 1, max: 99 },
  medium: { min: 100, max: 999 },
  large: { min: 1000, max: 9999 },
  enterprise: { min: 10000, max: null },
};

export const regionSchema = z.enum([
  'north-america',
  'latin-america',
  'europe',
  'middle-east-africa',
  'asia-pacific',
]);
export type Region = z.infer<typeof regionSchema>;

export const organizationProfileSchema = z.strictObject({
  name: displayTextSchema({ max: 300 }),
  industry: industrySchema.optional(),
  sizeBand: sizeBandSchema.optional(),
  region: regionSchema.optional(),
});
export type OrganizationProfile = z.infer<typeof organizationProfileSchema>;
