import type { Industry, Region, SizeBand } from '../../model/profile';

/**
 * Who the synthetic organizations are. The shares describe a benchmark
 * panel like the research's: organizations large enough to run customer
 * operations, weighted toward the industries that answer such studies.
 * `maturityEffect` is how far the industry or size band leans toward the
 * mature end, in standard deviations of the overall maturity latent.
 *
 * Size band and industry are drawn *given* the organization's maturity
 * latent M ~ N(0, 1): P(band | M) ∝ share · exp(effect · M). That gives
 * mature organizations a mild lean toward large bands and the leading
 * industries while M itself stays exactly standard normal, so every
 * question's marginal distribution stays exactly on target. The realized
 * shares therefore differ slightly from `share` (by at most about one
 * point); regions and periods are drawn independently of everything.
 */
export const syntheticIndustries: readonly { id: Industry; share: number; maturityEffect: number }[] = [
  { id: 'retail', share: 0.12, maturityEffect: 0.1 },
  { id: 'insurance', share: 0.08, maturityEffect: 0.1 },
  { id: 'banking', share: 0.1, maturityEffect: 0.2 },
  { id: 'telecommunications', share: 0.07, maturityEffect: 0.2 },
  { id: 'healthcare', share: 0.09, maturityEffect: -0.1 },
  { id: 'manufacturing', share: 0.13, maturityEffect: -0.15 },
  { id: 'utilities', share: 0.05, maturityEffect: -0.15 },
  { id: 'travel-hospitality', share: 0.06, maturityEffect: 0 },
  { id: 'technology', share: 0.12, maturityEffect: 0.3 },
  { id: 'public-sector', share: 0.08, maturityEffect: -0.3 },
  { id: 'other', share: 0.1, maturityEffect: 0 },
];

export const syntheticSizeBands: readonly { id: SizeBand; share: number; maturityEffect: number }[] = [
  { id: 'small', share: 0.3, maturityEffect: -0.4 },
  { id: 'medium', share: 0.35, maturityEffect: -0.1 },
  { id: 'large', share: 0.23, maturityEffect: 0.2 },
  { id: 'enterprise', share: 0.12, maturityEffect: 0.4 },
];

export const syntheticRegions: readonly { id: Region; share: number }[] = [
  { id: 'north-america', share: 0.38 },
  { id: 'europe', share: 0.3 },
  { id: 'asia-pacific', share: 0.17 },
  { id: 'latin-america', share: 0.08 },
  { id: 'middle-east-africa', share: 0.07 },
];
