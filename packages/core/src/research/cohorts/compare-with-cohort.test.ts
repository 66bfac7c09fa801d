import { describe, expect, it } from 'vitest';
import { scoreAssessment } from '../../scoring/score-assessment';
import { fixtureQuestionnaire } from '../../testing/fixture-questionnaire';
import { fixtureRows, scoredFixtureSet } from '../../testing/profile-rows';
import { responseRowToAnswerFile } from '../response-row-to-answer-file';
import { parseCohortFilter } from './cohort-filter';
import { compareWithCohort } from './compare-with-cohort';
import { selectRows } from './select-rows';

const questionnaire = fixtureQuestionnaire();
const scored = scoredFixtureSet(600, 3);
// scoredFixtureSet builds its own questionnaire object; use the same one for the organization.
const sameQuestionnaire = scored.set.questionnaire;
const organization = scoreAssessment(sameQuestionnaire, responseRowToAnswerFile(fixtureRows(1, 99)[0]!));

describe('compareWithCohort', () => {
  it('places each score in its band of peers: the brute-force mid-rank lies inside the band, the point is a multiple of 5 within it', () => {
    const comparison = compareWithCohort(sameQuestionnaire, organization, scored, { industry: ['retail'] });
    if (comparison.status !== 'released') throw new Error('expected a released cohort');
    const rows = selectRows(scored.set, { industry: ['retail'] });
    expect(comparison.cohort.n).toBe(rows.length);
    const overall = Array.from(rows, (r) => scored.overall[r]!);
    const below = overall.filter((v) => v < organization.overall.score).length;
    const equal = overall.filter((v) => v === organization.overall.score).length;
    const measure = comparison.measures[0]!;
    const percentile = measure.percentile!;
    const midRank = (100 * (below + equal / 2)) / rows.length;
    // low and high are rounded to whole percents.
    expect(percentile.low).toBeLessThanOrEqual(Math.ceil(midRank));
    expect(percentile.high).toBeGreaterThanOrEqual(Math.floor(midRank));
    expect(percentile.low).toBeLessThanOrEqual(percentile.rank);
    expect(percentile.high).toBeGreaterThanOrEqual(percentile.rank);
    expect(percentile.rank % 5 === 0 || percentile.rank === percentile.low || percentile.rank === percentile.high).toBe(true);
    // The band holds at least the minimum: no percentile narrower than 5 organizations of the cohort.
    expect(percentile.high - percentile.low).toBeGreaterThanOrEqual(Math.floor((100 * 5) / rows.length));
    expect(percentile.method).toBe('banded');
    // The cohort's mean is published; it is the exact mean rounded to 0.1.
    expect(measure.cohortMean).toBeCloseTo(Math.round((10 * overall.reduce((s, v) => s + v, 0)) / overall.length) / 10, 10);
    expect(comparison.measures.map((m) => m.id)).toEqual(['overall', 'people', 'process', 'information', 'technology']);
  });

  it('lists gaps below the cohort median, largest first, and keeps the published figures', () => {
    const comparison = compareWithCohort(sameQuestionnaire, organization, scored, {});
    if (comparison.status !== 'released') throw new Error('expected a released cohort');
    const gaps = comparison.gaps.map((g) => g.gapToMedian);
    expect(gaps).toEqual([...gaps].sort((a, b) => b - a));
    for (const gap of comparison.gaps) expect(gap.cohortMedianFraction).toBeGreaterThan(gap.fraction);
    const sources = comparison.questions.find((q) => q.questionId === 'information.sources')!;
    expect(sources.cohort.references[0]).toMatchObject({ statistic: 'share', published: 45 });
    const single = Array.from(selectRows(scored.set, {}), (r) => scored.set.answers[r * questionnaire.questions.length + 4]!);
    const answered = single.filter((v) => !Number.isNaN(v));
    expect(sources.cohort.references[0]!.cohort).toBeCloseTo((100 * answered.filter((v) => v === 1).length) / answered.length, 10);
    expect(comparison.published[0]).toMatchObject({ questionId: 'information.sources', published: 45, label: 'published research' });
  });

  it('answers a cohort below the minimum size exactly like an empty one, and still compares with published research', () => {
    const small = compareWithCohort(sameQuestionnaire, organization, scored, { industry: ['retail'], sizeBand: ['enterprise'], region: ['asia-pacific'] }, { minSize: 50 });
    const empty = compareWithCohort(sameQuestionnaire, organization, scored, { industry: ['retail'], sizeBand: ['enterprise'], region: ['asia-pacific'], period: ['1999'] }, { minSize: 50 });
    const comparison = small;
    expect(comparison).toMatchObject({ status: 'unavailable', message: 'no benchmark figures are published for industry=retail, sizeBand=enterprise, region=asia-pacific' });
    expect({ ...empty, cohort: { ...empty.cohort, label: '' }, message: '' }).toEqual({ ...small, cohort: { ...small.cohort, label: '' }, message: '' });
    expect(comparison.published.length).toBeGreaterThan(0);
    expect(JSON.stringify(comparison)).not.toMatch(/"n":/);
  });
});

describe('parseCohortFilter', () => {
  it('reads field=value clauses, several values separated by commas', () => {
    expect(parseCohortFilter(['industry=insurance,banking', 'sizeBand=large', 'period=2026'])).toEqual({
      ok: true,
      filter: { industry: ['insurance', 'banking'], sizeBand: ['large'], period: ['2026'] },
    });
  });

  it('names the unknown field or value and lists what is allowed', () => {
    const result = parseCohortFilter(['sector=insurance', 'industry=mining', 'region']);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues.map((i) => i.message)).toEqual([
      '"sector" is not a cohort field; fields are industry, sizeBand, region, period',
      '"region" is not field=value',
      expect.stringMatching(/^industry: "mining" is not allowed; values are retail, insurance, banking/),
    ]);
  });
});
