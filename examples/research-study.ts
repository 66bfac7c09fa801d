import { createReadStream, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  compareCohorts,
  compareWithCohort,
  dimensionReliability,
  generateResponses,
  loadResponseSet,
  releaseCohorts,
  scoreAnswers,
  scoreResponseSet,
  segmentOrganizations,
} from '@crm-maturity/core';
import { bundledQuestionnaire } from '@crm-maturity/questionnaires';

const questionnaire = bundledQuestionnaire('crm-maturity', '1.0.0');

// A response set on disk (here a synthetic one; a real study loads its own export).
const file = join(mkdtempSync(join(tmpdir(), 'study-')), 'responses.jsonl');
const rows = [...generateResponses({ questionnaire, count: 5000, seed: 7 })];
writeFileSync(file, rows.map((row) => JSON.stringify(row)).join('\n'));

// Load it streaming: every row checked, bad rows reported by line, never dropped silently.
const loaded = await loadResponseSet(questionnaire, createReadStream(file), { format: 'jsonl' });
console.log(`loaded ${loaded.summary.accepted} of ${loaded.summary.read} rows, ${loaded.summary.rejected} rejected`);
const scored = scoreResponseSet(loaded.set);

// Cohorts by industry, under disclosure control (cells below 5 are withheld).
const release = releaseCohorts(scored, [[], ['industry']], { minSize: 5 });
for (const cell of release.groupings[1]!.cells.slice(0, 3)) {
  if (cell.status === 'released') {
    console.log(`${cell.label}: n=${cell.summary.n}, mean ${cell.summary.overall.mean.toFixed(1)}, median ${cell.summary.overall.median?.toFixed(1) ?? 'not published'}`);
  }
}

// Two cohorts compared: Welch's t and Cliff's delta on the overall index.
const contrast = compareCohorts(scored, { sizeBand: ['enterprise'] }, { sizeBand: ['small'] });
if (contrast.status === 'released') {
  const overall = contrast.measures[0]!;
  console.log(`enterprise - small: ${(overall.meanA - overall.meanB).toFixed(1)} points, Cliff's delta ${overall.comparison!.cliffsDelta.toFixed(2)}`);
}

// How consistent each dimension's questions are, and the natural tiers.
for (const r of dimensionReliability(scored)) console.log(`${r.dimension}: alpha ${r.alpha?.toFixed(2)} over ${r.items} questions`);
const tiers = segmentOrganizations(scored, 4).tiers.map((t) => `${t.min.toFixed(1)}-${t.max.toFixed(1)}`);
console.log(`tiers of the overall index: ${tiers.join(', ')}`);

// One organization against its peers.
const insurer = scoreAnswers(questionnaire, (await import('../questionnaires/crm-maturity/v1/examples/mid-size-insurer.json', { with: { type: 'json' } })).default);
if (!insurer.ok) throw new Error('the example is valid');
const comparison = compareWithCohort(questionnaire, insurer.result, scored, { industry: ['insurance'] });
if (comparison.status === 'released' && comparison.measures[0]!.percentile) {
  const { rank, low, high } = comparison.measures[0]!.percentile;
  console.log(`insurer: percentile ${rank.toFixed(0)} (${low.toFixed(0)}-${high.toFixed(0)}) among ${comparison.cohort.n} insurers; largest gap: ${comparison.gaps[0]?.questionId}`);
}
