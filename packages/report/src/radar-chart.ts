import type { Level } from '@crm-maturity/core';
import type { CohortBand } from './cohort-band';
import { formatScore } from './format-numbers';
import { radarPoint, radarPolygon } from './radar-geometry';
import type { ReportCanvas } from './report-canvas';
import { colors, fonts, levelColors, sizes } from './theme';

type Point = [number, number];

/**
 * The four dimensions as a radar chart in vector paths: the level rings at
 * their thresholds, the cohort's interquartile band (the ring between its
 * first and third quartiles, filled even-odd) and median when a cohort is
 * released, and the organization's polygon on top.
 */
export function drawRadarChart(
  canvas: ReportCanvas,
  center: { x: number; y: number },
  radius: number,
  axes: { name: string; score: number }[],
  levels: Level[],
  band: CohortBand | null,
): void {
  const { doc } = canvas;
  const count = axes.length;
  const path = (points: Point[]) => {
    doc.moveTo(points[0]![0], points[0]![1]);
    for (const p of points.slice(1)) doc.lineTo(p[0], p[1]);
    doc.closePath();
  };
  const ring = (value: number) => radarPolygon(center, radius, axes.map(() => value));

  // Level zones, palest first, each ring labelled with the level that starts there.
  doc.save();
  for (let i = levels.length - 1; i >= 0; i--) {
    const end = levels[i + 1]?.minScore ?? 100;
    path(ring(end));
    if (levels[i]!.minScore > 0) path(ring(levels[i]!.minScore));
    doc.fillOpacity(0.14).fill(levelColors[levels[i]!.id], 'even-odd');
  }
  doc.restore();
  for (const value of [...levels.map((l) => l.minScore).filter((v) => v > 0), 100]) {
    path(ring(value));
    doc.lineWidth(0.5).strokeColor(colors.rule).stroke();
  }
  for (let i = 0; i < count; i++) {
    const [x, y] = radarPoint(center, radius, i, count, 100);
    doc.moveTo(center.x, center.y).lineTo(x, y).lineWidth(0.5).strokeColor(colors.rule).stroke();
  }
  if (band) {
    doc.save();
    path(radarPolygon(center, radius, band.map((b) => b.q3)));
    path(radarPolygon(center, radius, band.map((b) => b.q1)));
    doc.fillOpacity(0.55).fill(colors.band, 'even-odd');
    doc.restore();
    doc.save();
    path(radarPolygon(center, radius, band.map((b) => b.median)));
    doc.lineWidth(1.2).dash(4, { space: 3 }).strokeColor(colors.cohort).stroke();
    doc.restore();
  }

  const own = radarPolygon(center, radius, axes.map((a) => a.score));
  doc.save();
  path(own);
  doc.fillOpacity(0.22).fill(colors.accent);
  doc.restore();
  path(own);
  doc.lineWidth(2).strokeColor(colors.accent).lineJoin('round').stroke();
  for (const [x, y] of own) doc.circle(x, y, 2.6).fill(colors.accent);

  // Ring labels sit between the first two axes, on the rings' edges, clear of the axes' own labels.
  for (const level of levels.slice(1)) {
    const [x0, y0] = radarPoint(center, radius, 0, count, level.minScore);
    const [x1, y1] = radarPoint(center, radius, 1, count, level.minScore);
    const label = `${level.name} ${level.minScore}`;
    canvas.style({ size: sizes.tiny });
    const x = (x0 + x1) / 2 + 4;
    const y = (y0 + y1) / 2 - 9;
    doc.save().fillOpacity(0.85).roundedRect(x - 2, y - 1.5, doc.widthOfString(label) + 4, sizes.tiny + 3, 2).fill('#ffffff').restore();
    canvas.textAt(label, x, y, { size: sizes.tiny, color: colors.muted });
  }


  axes.forEach((axis, i) => {
    const [x, y] = radarPoint(center, radius + 22, i, count, 100);
    const width = 110;
    const align = Math.abs(x - center.x) < 1 ? 'center' : x > center.x ? 'left' : 'right';
    const left = align === 'center' ? x - width / 2 : align === 'left' ? x - 4 : x - width + 4;
    const top = y < center.y - 1 ? y - 16 : Math.abs(y - center.y) < 1 ? y - 10 : y - 2;
    canvas.textAt(axis.name, left, top, { size: sizes.subheading, font: fonts.bold, width, align });
    canvas.textAt(formatScore(axis.score), left, top + 13, { size: sizes.body, color: colors.accent, width, align });
  });
}
