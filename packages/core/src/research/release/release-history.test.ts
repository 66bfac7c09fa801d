import { describe, expect, it } from 'vitest';
import { recoverableOrganizations } from '../../testing/linear-attacker';
import { fixtureRows } from '../../testing/profile-rows';
import { fixtureQuestionnaire } from '../../testing/fixture-questionnaire';
import { releaseCohorts, type CohortRelease } from '../cohorts/release-cohorts';
import { groupRows } from '../cohorts/group-rows';
import { ResponseSetBuilder } from '../response-set';
import type { ProfileField, ResponseRow } from '../response-row-schema';
import { scoreResponseSet, type ScoredResponseSet } from '../score-response-set';
import type { ReleaseHistory } from './small-group-audit';

const groupings: ProfileField[][] = [[], ['industry'], ['sizeBand'], ['industry', 'sizeBand']];

function scoredOf(rows: ResponseRow[]): ScoredResponseSet {
  const builder = new ResponseSetBuilder(fixtureQuestionnaire());
  for (const row of rows) builder.add(row);
  return scoreResponseSet(builder.build());
}

/** The organizations (row numbers) each released cell of a release counted. */
function releasedMembers(release: CohortRelease, scored: ScoredResponseSet): number[][] {
  return release.groupings.flatMap((g) => {
    const cells = groupRows(scored.set, g.fields);
    return g.cells.flatMap((cell) => (cell.status === 'released' ? [Array.from(cells.find((c) => c.label === cell.label)!.rows)] : []));
  });
}

/** Publishes release 1 over `base` rows, then release 2 after `added` more, as the API does. */
function twoReleases(base: number, added: number, seed: number, audit: boolean) {
  const rows = fixtureRows(base + added, seed);
  const before = scoredOf(rows.slice(0, base));
  const first = releaseCohorts(before, groupings, { minSize: 5 });
  const after = scoredOf(rows);
  const history: ReleaseHistory = {
    epochs: Array.from({ length: base + added }, (_, i) => (i < base ? 0 : 1)),
    releases: [{ cells: first.groupings.flatMap((g) => g.cells.filter((c) => c.status === 'released').map((c) => ({ fields: g.fields, values: c.values }))) }],
  };
  const second = releaseCohorts(after, groupings, { minSize: 5, ...(audit ? { history } : {}) });
  // Rows keep their order in both sets, so row i is the same organization in both releases.
  const equations = [...releasedMembers(first, before), ...releasedMembers(second, after)];
  return { first, second, recovered: recoverableOrganizations(base + added, equations) };
}

describe('releases compared over time (differencing across releases)', () => {
  it.each([1, 3, 14])('gives away no organization after an import of %i rows', (added) => {
    for (const seed of [1, 2, 3]) {
      const { recovered, second } = twoReleases(150, added, seed, true);
      expect(recovered).toEqual([]);
      expect(second.withheld.differencing + second.withheld.complementary + second.withheld.belowMinimum).toBeGreaterThan(0);
    }
  });

  it.each([1, 3, 14])('would give the new rows away without the audit across releases (the attack is real, %i rows)', (added) => {
    const found = [1, 2, 3].some((seed) => twoReleases(150, added, seed, false).recovered.some((row) => row >= 150));
    expect(found).toBe(true);
  });

  it('keeps releasing the cells an import did not touch', () => {
    const { first, second } = twoReleases(150, 1, 1, true);
    const releasedLabels = (r: CohortRelease) => new Set(r.groupings.flatMap((g) => g.cells.filter((c) => c.status === 'released').map((c) => c.label)));
    const kept = [...releasedLabels(first)].filter((label) => releasedLabels(second).has(label));
    expect(kept.length).toBeGreaterThan(0);
  });
});
