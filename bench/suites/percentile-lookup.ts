import { prepareCohort, percentileInCohort, percentileRank, type ScoredResponseSet } from '@crm-maturity/core';
import { quantileRankSorted } from 'simple-statistics';
import { formatTimed, timeInterleaved, type Figure } from '../support/measure';

/**
 * Percentile lookup in a prepared cohort of every organization, against
 * simple-statistics' quantileRankSorted on the same sorted array (the
 * library a user would reach for). Target: at most 0.5 microseconds.
 */
export async function percentileLookupSuite(scored: ScoredResponseSet): Promise<Figure[]> {
  const everyone = Uint32Array.from(scored.overall.keys());
  const cohort = prepareCohort(scored, everyone);
  const plainSorted = Array.from(cohort.overall);
  const lookups = 200_000;
  const probes = Float64Array.from({ length: lookups }, (_, i) => scored.overall[(i * 7919) % scored.set.size]!);
  let sink = 0;
  const [withInterval, rankOnly, library] = await timeInterleaved([
    { name: 'percentileInCohort', run: () => { for (let i = 0; i < lookups; i++) sink += percentileInCohort(cohort, -1, probes[i]!).rank; } },
    { name: 'percentileRank', run: () => { for (let i = 0; i < lookups; i++) sink += percentileRank(cohort.overall, probes[i]!); } },
    { name: 'simple-statistics quantileRankSorted', run: () => { for (let i = 0; i < lookups; i++) sink += quantileRankSorted(plainSorted, probes[i]!); } },
  ], 7);
  if (sink === 42) console.log('');
  const perLookup = (ms: number) => (ms * 1000) / lookups;
  const shown = (t: typeof library) => formatTimed(t!, 1000 / lookups, 'µs', 3);
  const met = perLookup(withInterval!.medianMs) <= 0.5;
  return [
    {
      suite: 'percentile lookup',
      figure: `rank with Wilson interval, cohort of ${scored.set.size.toLocaleString('en')}`,
      value: `${shown(withInterval)}: the 0.5 µs target is ${met ? 'met' : 'NOT met'}`,
      ratio: withInterval!.medianMs / library!.medianMs,
      baseline: `simple-statistics quantileRankSorted ${shown(library)}`,
      target: '≤ 0.5 µs',
      pass: met,
    },
    {
      suite: 'percentile lookup',
      figure: 'rank only',
      value: shown(rankOnly),
      ratio: rankOnly!.medianMs / library!.medianMs,
      baseline: 'simple-statistics quantileRankSorted',
    },
  ];
}
