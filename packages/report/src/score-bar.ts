import { levelForScore, type Level } from '@crm-maturity/core';
import type { ReportCanvas } from './report-canvas';
import { colors, levelColors } from './theme';

/**
 * A 0-100 bar: the levels as pale segments from their thresholds, the
 * score as a solid bar in its level's colour, and, for a released cohort,
 * the interquartile range as a bracket with a tick at the median.
 */
export function drawScoreBar(
  canvas: ReportCanvas,
  at: { x: number; y: number; width: number; height: number },
  score: number,
  levels: Level[],
  band?: { q1: number; median: number; q3: number } | null,
): void {
  const { doc } = canvas;
  const { x, y, width, height } = at;
  const scale = (value: number) => x + (width * Math.max(0, Math.min(100, value))) / 100;
  doc.save();
  levels.forEach((level, i) => {
    const end = levels[i + 1]?.minScore ?? 100;
    doc.fillOpacity(0.16).rect(scale(level.minScore), y, scale(end) - scale(level.minScore), height).fill(levelColors[level.id]);
  });
  doc.restore();
  const level = levelForScore(levels, score);
  doc.rect(x, y + height * 0.25, scale(score) - x, height * 0.5).fill(levelColors[level.id]);
  for (const l of levels.slice(1)) {
    doc.moveTo(scale(l.minScore), y).lineTo(scale(l.minScore), y + height).lineWidth(0.5).strokeColor('#ffffff').stroke();
  }
  if (band) {
    const mid = y + height + 3;
    doc.lineWidth(1.2).strokeColor(colors.cohort);
    doc.moveTo(scale(band.q1), mid).lineTo(scale(band.q3), mid).stroke();
    doc.moveTo(scale(band.q1), mid - 2).lineTo(scale(band.q1), mid + 2).stroke();
    doc.moveTo(scale(band.q3), mid - 2).lineTo(scale(band.q3), mid + 2).stroke();
    doc.circle(scale(band.median), mid, 2.2).fill(colors.ink);
  }
}
