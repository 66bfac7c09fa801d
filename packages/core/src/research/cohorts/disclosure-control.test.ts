import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rank } from '../../testing/linear-attacker';
import { scoredFixtureSet } from '../../testing/profile-rows';
import type { ProfileField } from '../response-row-schema';
import { suppressCells } from './disclosure-control';
import { groupRows } from './group-rows';
import { releaseCohorts } from './release-cohorts';

const cell = (fields: ProfileField[], values: Record<string, string>, n: number) => ({ fields, values, n });

describe('suppressCells', () => {
  it('withholds cells below the minimum, and a sibling so the parent cannot be differenced', () => {
    const cells = [
      cell([], {}, 30),
      cell(['industry'], { industry: 'retail' }, 3),
      cell(['industry'], { industry: 'banking' }, 12),
      cell(['industry'], { industry: 'insurance' }, 15),
    ];
    // retail (3) is primary; total - banking - insurance would reveal it, so banking (the smaller) goes too.
    expect(suppressCells(cells, 5)).toEqual([undefined, 'below_minimum', 'complementary', undefined]);
  });

  it('keeps withholding until the withheld siblings hold at least the minimum together', () => {
    const cells = [cell([], {}, 40), cell(['region'], { region: 'europe' }, 1), cell(['region'], { region: 'asia-pacific' }, 2), cell(['region'], { region: 'north-america' }, 3), cell(['region'], { region: 'latin-america' }, 34)];
    // 1 + 2 + 3 = 6 >= 5 and three cells: enough.
    expect(suppressCells(cells, 5)).toEqual([undefined, 'below_minimum', 'below_minimum', 'below_minimum', undefined]);
    // With k = 7 the three small ones (6) are not enough: the last sibling goes, which leaves nothing to subtract.
    expect(suppressCells(cells, 7)).toEqual([undefined, 'below_minimum', 'below_minimum', 'below_minimum', 'complementary']);
  });

  it('refuses a minimum below 3', () => {
    expect(() => suppressCells([], 2)).toThrow('the minimum cohort size must be a whole number of at least 3, got 2');
  });
});

/**
 * The attacker: every released cell gives the count and the sum of its
 * organizations, i.e. one linear equation over the finest cells. A withheld
 * cell is recovered exactly when its indicator vector is a linear
 * combination of released ones (it lies in their row space).
 */
function recoverableWithheldCells(release: ReturnType<typeof releaseCohorts>, finestFields: ProfileField[], finest: ReturnType<typeof groupRows>) {
  const columns = finest.map((f) => f.values);
  const indicator = (values: Partial<Record<ProfileField, string>>, fields: readonly ProfileField[]) =>
    columns.map((finestValues) => (fields.every((f) => finestValues[f] === values[f]) ? 1 : 0));
  const released: number[][] = [];
  const withheld: { label: string; vector: number[] }[] = [];
  release.groupings.forEach((grouping) =>
    grouping.cells.forEach((c) => {
      const vector = indicator(c.values, grouping.fields);
      if (c.status === 'withheld') withheld.push({ label: c.label, vector });
      else released.push(vector);
    }),
  );
  const baseRank = rank(released);
  void finestFields;
  return withheld.filter(({ vector }) => rank([...released, vector]) === baseRank).map((w) => w.label);
}

describe('the differencing attack on released cohorts', () => {
  const groupingSets: ProfileField[][][] = [
    [[], ['industry'], ['industry', 'sizeBand']],
    [[], ['industry'], ['sizeBand'], ['industry', 'sizeBand']],
    [[], ['region'], ['industry', 'region'], ['sizeBand', 'region']],
  ];

  it.each(groupingSets.map((g) => [g.map((f) => f.join('x') || 'total').join(', '), g] as const))(
    'recovers no withheld cohort, let alone an organization (%s)',
    (_name, groupings) => {
      fc.assert(
        fc.property(fc.integer({ min: 1, max: 10_000 }), fc.integer({ min: 40, max: 400 }), fc.constantFrom(3, 5, 8), (seed, count, minSize) => {
          const scored = scoredFixtureSet(count, seed);
          const release = releaseCohorts(scored, groupings, { minSize });
          const finestFields = [...new Set(groupings.flat())];
          const finest = groupRows(scored.set, finestFields);
          expect(recoverableWithheldCells(release, finestFields, finest)).toEqual([]);
          for (const grouping of release.groupings) {
            for (const c of grouping.cells) if (c.status === 'released') expect(c.summary.n).toBeGreaterThanOrEqual(minSize);
          }
        }),
        { numRuns: 30 },
      );
    },
  );

  it('would succeed without complementary suppression (the attack is real)', () => {
    const groupings: ProfileField[][] = [[], ['industry']];
    // The first seed whose data needs a complementary suppression.
    const seed = Array.from({ length: 50 }, (_, i) => i + 1).find(
      (s) => releaseCohorts(scoredFixtureSet(120, s), groupings, { minSize: 5 }).withheld.complementary > 0,
    )!;
    const scored = scoredFixtureSet(120, seed);
    const release = releaseCohorts(scored, groupings, { minSize: 5 });
    expect(release.withheld.complementary).toBeGreaterThan(0);
    const naive = structuredClone({ ...release, groupings: release.groupings.map((g) => ({ ...g, cells: g.cells.map((c) => ({ ...c, summary: undefined })) })) }) as any;
    for (const g of naive.groupings) for (const c of g.cells) if (c.reason === 'complementary') c.status = 'released';
    const finest = groupRows(scored.set, ['industry']);
    expect(recoverableWithheldCells(naive, ['industry'], finest).length).toBeGreaterThan(0);
  });
});
