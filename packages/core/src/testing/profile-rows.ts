import { industries, regions, sizeBands, ResponseSetBuilder } from '../research/response-set';
import type { ResponseRow } from '../research/response-row-schema';
import { scoreResponseSet } from '../research/score-response-set';
import { fixtureQuestionnaire } from './fixture-questionnaire';

/** A small deterministic PRNG (mulberry32) so test data needs no dependency. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Rows for the fixture questionnaire with skewed profiles, so that some
 * cohorts are large and many are tiny: what disclosure control must handle.
 */
export function fixtureRows(count: number, seed: number): ResponseRow[] {
  const random = mulberry32(seed);
  const skewed = <T>(values: readonly T[]) => values[Math.min(values.length - 1, Math.floor(values.length * random() ** 2.5))]!;
  return Array.from({ length: count }, (_, i) => {
    const maturity = random();
    const pick = <T>(options: readonly T[]) => options[Math.min(options.length - 1, Math.floor((maturity * 0.6 + random() * 0.4) * options.length))]!;
    return {
      id: `org-${i}`,
      industry: skewed(industries),
      sizeBand: skewed(sizeBands),
      region: skewed(regions),
      period: random() < 0.5 ? '2025' : '2026',
      questionnaire: { id: 'fixture', version: '1.0.0' },
      weight: 0.5 + random() * 2,
      answers: {
        'people.exec': random() < maturity,
        'people.front-line': pick(['none', 'some', 'all']),
        'process.techniques': pick([['none'], ['personas'], ['personas', 'journeys'], ['personas', 'journeys', 'feedback']]),
        'process.response-rate': Math.round(random() * 1000) / 10,
        'information.sources': pick([14, 6, 3, 2, 1]),
        'information.stale': random() < 0.1 ? null : random() > maturity,
        'technology.personalization': { email: pick(['not-offered', 'generic', 'personal']), social: pick(['not-offered', 'generic', 'personal']) },
        'technology.chat': random() < maturity,
      },
    } satisfies ResponseRow;
  });
}

export function scoredFixtureSet(count: number, seed: number) {
  const questionnaire = fixtureQuestionnaire();
  const builder = new ResponseSetBuilder(questionnaire);
  for (const row of fixtureRows(count, seed)) builder.add(row);
  return scoreResponseSet(builder.build());
}
