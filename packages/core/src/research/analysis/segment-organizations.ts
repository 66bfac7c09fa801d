import { segmentTiers, type TierBound } from '../../statistics/segment-tiers';
import type { ScoredResponseSet } from '../score-response-set';

export type Segmentation = {
  /** Tiers of the overall index found by ckmeans (optimal 1-D k-means), lowest first. */
  tiers: (TierBound & { levels: Record<string, number> })[];
  /** Tier index of each organization, in row order. */
  tierOf: Uint8Array;
};

/**
 * Segments organizations into k tiers by their overall index (ckmeans),
 * and cross-tabulates tiers with the questionnaire's levels, to show
 * whether the data's natural groups match the level thresholds.
 */
export function segmentOrganizations(scored: ScoredResponseSet, k: number): Segmentation {
  const { tiers, bounds } = segmentTiers(scored.overall, k);
  const levels = scored.set.questionnaire.levels;
  const crossTab = bounds.map(() => Object.fromEntries(levels.map((l) => [l.id, 0])) as Record<string, number>);
  tiers.forEach((tier, row) => {
    crossTab[tier]![levels[scored.overallLevel[row]!]!.id]!++;
  });
  return { tiers: bounds.map((bound, t) => ({ ...bound, levels: crossTab[t]! })), tierOf: Uint8Array.from(tiers) };
}
