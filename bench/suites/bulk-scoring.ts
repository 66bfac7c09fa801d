import { ResponseSetBuilder, scoreResponseSet, type Questionnaire, type ResponseRow, type ResponseSet } from '@crm-maturity/core';
import { bandwidthProbe } from '../scoring/memory-bandwidth';
import { naiveScorer, type ScoreColumns } from '../scoring/naive-scorer';
import { speedOfLightKernel } from '../scoring/speed-of-light-kernel';
import { formatRate, timeInterleaved, type Figure, type Timed } from '../support/measure';

/**
 * Bulk scoring, every variant giving the same outputs (dimension scores,
 * overall index, levels; asserted on every row before anything is timed):
 * - from rows as parsed (`objectRows`, 100,000 plain objects: what a user
 *   holds after reading a file): core's ResponseSetBuilder encoding plus
 *   `scoreResponseSet`, against a plain-object scorer a competent engineer
 *   would write (`naiveScorer`);
 * - score only, over the million-row response set: core's kernel against
 *   the fastest kernel we could write (`speedOfLightKernel`, compact codes),
 *   with the bound of reading each kernel's input once at the sequential
 *   read rate measured in the same rounds.
 */
export async function bulkScoringSuite(questionnaire: Questionnaire, set: ResponseSet, objectRows: ResponseRow[]): Promise<Figure[]> {
  const naive = naiveScorer(questionnaire);
  const light = speedOfLightKernel(questionnaire);
  const compact = light.encode(set);
  const encodeAndScore = () => {
    const builder = new ResponseSetBuilder(questionnaire, objectRows.length);
    for (const row of objectRows) builder.add(row);
    return scoreResponseSet(builder.build());
  };
  const fromCore = scoreResponseSet(set);
  assertSame('naive scorer', naive(objectRows), fromCore, objectRows.length);
  assertSame('core from parsed rows', encodeAndScore(), fromCore, objectRows.length);
  assertSame('speed-of-light kernel', light.score(compact), fromCore, set.size);
  const probe = bandwidthProbe();

  let sink = 0;
  const timed = await timeInterleaved(
    [
      { name: 'core encode + score', run: () => { sink += encodeAndScore().overall[0]!; } },
      { name: 'naive plain objects', run: () => { sink += naive(objectRows).overall[0]!; } },
      { name: 'core scoreResponseSet', run: () => { sink += scoreResponseSet(set).overall[0]!; } },
      { name: 'speed-of-light kernel', run: () => { sink += light.score(compact).overall[0]!; } },
      { name: 'sequential read', run: () => { sink += probe.run(); } },
    ],
    7,
  );
  if (sink === 42) console.log('');
  const [core, plain, kernel, fastest, read] = timed as [Timed, Timed, Timed, Timed, Timed];
  const bandwidth = probe.bytes / (read.medianMs / 1000);
  const gbps = (b: number) => `${(b / 1e9).toFixed(1)} GB/s`;
  const readBound = (bytesPerRow: number) => `${(bandwidth / bytesPerRow / 1e6).toFixed(1)} M rows/s`;
  const coreBytes = questionnaire.questions.length * 8;
  const objects = objectRows.length.toLocaleString('en');
  return [
    {
      suite: 'bulk scoring',
      figure: `from ${objects} parsed row objects: core encode (ResponseSetBuilder) + scoreResponseSet, ${questionnaire.questions.length} questions, v${questionnaire.version}`,
      value: formatRate(core, objectRows.length),
      ratio: plain.medianMs / core.medianMs,
      baseline: `plain-object scorer, points from a Map per question (same scores and levels): ${formatRate(plain, objectRows.length)}`,
      target: '≥ 15× faster',
      pass: plain.medianMs / core.medianMs >= 15,
    },
    {
      suite: 'bulk scoring',
      figure: `score only (input already encoded): core scoreResponseSet over ${set.size.toLocaleString('en')} rows`,
      value: formatRate(kernel, set.size),
      ratio: plain.medianMs / objectRows.length / (kernel.medianMs / set.size),
      baseline: 'plain-object scorer per row (it has no separate encoding step)',
    },
    {
      suite: 'bulk scoring',
      figure: `core kernel time / speed-of-light kernel time (compact ${compact.bytesPerRow} B/row codes, L1 tables, no branch per answer)`,
      value: `speed of light ${formatRate(fastest, set.size)}`,
      ratio: kernel.medianMs / fastest.medianMs,
      baseline: `sequential read ${gbps(bandwidth)} (${gbps(probe.bytes / (Math.max(...read.samplesMs) / 1000))}–${gbps(probe.bytes / (Math.min(...read.samplesMs) / 1000))}); reading the input once bounds ${readBound(compact.bytesPerRow)} at ${compact.bytesPerRow} B/row, ${readBound(coreBytes)} at core's ${coreBytes} B/row`,
      target: '≤ 1.5',
      pass: kernel.medianMs / fastest.medianMs <= 1.5,
    },
  ];
}

function assertSame(name: string, got: ScoreColumns, want: ScoreColumns, rows: number): void {
  for (let row = 0; row < rows; row++) {
    const same =
      got.overall[row] === want.overall[row] &&
      got.overallLevel[row] === want.overallLevel[row] &&
      want.dimensions.every((column, d) => got.dimensions[d]![row] === column[row] && got.dimensionLevels[d]![row] === want.dimensionLevels[d]![row]);
    if (!same) {
      throw new Error(`${name} disagrees with core at row ${row}: overall ${got.overall[row]} (level ${got.overallLevel[row]}) vs ${want.overall[row]} (level ${want.overallLevel[row]}), dimensions ${got.dimensions.map((c) => c[row]).join(', ')} vs ${want.dimensions.map((c) => c[row]).join(', ')}`);
    }
  }
}
