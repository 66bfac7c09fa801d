import type { LevelId } from '@crm-maturity/core';

/**
 * The report's look in one place: A4 in points, margins, a small palette,
 * one colour per maturity level, and the standard PDF fonts (no font file
 * is embedded; see win-ansi-text.ts for what that means for names).
 */
export const page = { width: 595.28, height: 841.89, margin: 56, headerY: 28, footerY: 841.89 - 36 } as const;
export const contentWidth = page.width - 2 * page.margin;

export const colors = {
  ink: '#1f2933',
  muted: '#616e7c',
  faint: '#9aa5b1',
  rule: '#d9dee3',
  panel: '#f3f5f7',
  accent: '#1f4e79',
  cohort: '#7b8794',
  band: '#c9d3dd',
  published: '#6b4f8a',
  warning: '#a8442a',
} as const;

export const levelColors: Record<LevelId, string> = {
  tactical: '#b5523b',
  advanced: '#d49a2a',
  strategic: '#3a8e7a',
  innovative: '#2f5d8c',
};

export const fonts = { regular: 'Helvetica', bold: 'Helvetica-Bold', italic: 'Helvetica-Oblique' } as const;

export const sizes = { title: 24, heading: 16, subheading: 11.5, body: 9.5, small: 8, tiny: 7 } as const;
