import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { radarBox, renderReport } from '@crm-maturity/report';
import { exampleReportInput, inkShare, pdfPagesText, readPng, renderPagesPng, squash } from '@crm-maturity/report/testing';

const a4 = { width: 595.28, height: 841.89 };
const margin = 56;

describe('the rendered pages', () => {
  let pdf: Buffer;
  let texts: string[];

  beforeAll(async () => {
    pdf = await renderReport(await exampleReportInput('mid-size-insurer', { previous: 'earlier' }));
    texts = pdfPagesText(pdf);
  });

  it('number every page "page N of M", M being the page count', () => {
    const info = spawnSync('pdfinfo', ['-'], { input: pdf, encoding: 'utf8' }).stdout;
    const count = Number(/Pages:\s+(\d+)/.exec(info)![1]);
    expect(texts.length).toBe(count);
    // Cover, summary, radar, four dimensions (some run over), roadmap, progress, methodology.
    expect(count).toBeGreaterThanOrEqual(10);
    texts.forEach((text, i) => expect(text).toContain(`page ${i + 1} of ${count}`));
  });

  it('carry the title, author and dates in the document information', () => {
    const info = spawnSync('pdfinfo', ['-isodates', '-'], { input: pdf, encoding: 'utf8' }).stdout;
    expect(info).toMatch(/Title:\s+Customer relationship maturity report: Harbourline Mutual Insurance/);
    expect(info).toMatch(/Author:\s+Test Consulting/);
    expect(info).toMatch(/CreationDate:\s+2026-11-23T00:00:00Z/);
    expect(info).toMatch(/ModDate:\s+2026-11-23T00:00:00Z/);
  });

  it('are none of them blank, and the radar chart is drawn in its box', () => {
    const pngs = renderPagesPng(pdf, 50).map(readPng);
    expect(pngs.length).toBe(texts.length);
    for (const png of pngs) expect(inkShare(png)).toBeGreaterThan(0.01);
    const radarPage = texts.findIndex((t) => t.includes('The four dimensions at a glance'));
    const box = { x: radarBox.x / a4.width, y: radarBox.y / a4.height, width: radarBox.width / a4.width, height: radarBox.height / a4.height };
    expect(inkShare(pngs[radarPage]!, box)).toBeGreaterThan(0.15);
  });

  it('draw nothing in the right margin, where overflowing text would show', () => {
    const pngs = renderPagesPng(pdf, 50).map(readPng);
    const strip = { x: (a4.width - margin + 6) / a4.width, y: 160 / a4.height, width: (margin - 8) / a4.width, height: 0.75 };
    for (const png of pngs) expect(inkShare(png, strip)).toBe(0);
  });
});

describe('a cohort the release does not show', () => {
  it('says so without saying why, and prints no cohort figure at all, not even its size', async () => {
    const input = await exampleReportInput('telecom-operator', { cohort: 'withheld' });
    expect(input.comparison?.status).toBe('unavailable');
    const text = squash(pdfPagesText(await renderReport(input)).join(' '));
    expect(text).toContain('No benchmark figures are published for the cohort industry=telecommunications, sizeBand=enterprise, region=middle-east-africa');
    expect(text).not.toMatch(/percentile|cohort median|Cohort Q1|quartiles:|In this cohort|fewer than|withheld/i);
    // Every count of organizations is the rule's minimum, never the cohort's size.
    for (const match of text.matchAll(/(\S+ \S+) (\d[\d,]*) organizations/g)) expect(match[1]).toMatch(/at least$/);
    // The band of the released cohort would be drawn in grey; the organization alone is not.
    const released = squash(pdfPagesText(await renderReport(await exampleReportInput('telecom-operator'))).join(' '));
    expect(released).toContain('Cohort median');
  });

  it('and no cohort at all says so and shows the published research only', async () => {
    const text = squash(pdfPagesText(await renderReport(await exampleReportInput('small-retailer', { cohort: 'none' }))).join(' '));
    expect(text).toContain('No cohort was given: this page compares the organization with the published research only.');
    expect(text).toContain('Published research (not the cohort)');
    expect(text).toContain('No cohort was chosen for this report, so it shows no percentile and no cohort statistic.');
    expect(text).not.toMatch(/Percentile \d|\d(st|nd|rd|th) percentile|Cohort median|Cohort Q1/);
  });
});

describe('a partial assessment', () => {
  it('shows its completion and that unanswered questions count as 0', async () => {
    const input = await exampleReportInput('small-retailer', { dropEvery: 3 });
    const { completion } = input.result;
    const text = squash(pdfPagesText(await renderReport(input)).join(' '));
    expect(text).toContain(`Partial assessment: ${completion.answered + completion.notApplicable} of ${completion.total} questions answered`);
    expect(text).toContain('Unanswered questions count as 0 points');
    expect(text).toContain('unanswered (0)');
  });
});

describe('names', () => {
  const longName =
    'The Extraordinarily Long-Named International Consolidated Customer Relationship Holding Company of Greater Northern Europe, the Baltic States and Associated Overseas Territories Limited';

  it('a very long one wraps on the cover and is cut to one line in the headers', async () => {
    const pdf = await renderReport(await exampleReportInput('mid-size-insurer', { organizationName: longName }));
    const pages = pdfPagesText(pdf);
    const shortPages = pdfPagesText(await renderReport(await exampleReportInput('mid-size-insurer')));
    expect(pages.length).toBe(shortPages.length);
    expect(squash(pages[0]!)).toContain(squash(longName));
    for (const page of pages.slice(1)) {
      const header = page.split('\n').find((line) => line.trim() !== '')!;
      expect(header).toMatch(/^The Extraordinarily Long-Named .*… +23 November 2026$/);
    }
    const pngs = renderPagesPng(pdf, 50, { first: 1, last: 2 }).map(readPng);
    const rightMargin = { x: (a4.width - margin + 6) / a4.width, y: 160 / a4.height, width: (margin - 8) / a4.width, height: 0.75 };
    for (const png of pngs) expect(inkShare(png, rightMargin)).toBe(0);
  });

  it('characters the standard fonts lack are transliterated or "?", noted, and kept exactly in the Title', async () => {
    const name = 'Łódź Ünïted 株式会社';
    const pdf = await renderReport(await exampleReportInput('small-retailer', { organizationName: name }));
    const pages = pdfPagesText(pdf);
    expect(pages[0]).toContain('Lódz Ünïted ????');
    expect(squash(pages[0]!)).toContain('The name exactly as given is the document title');
    expect(squash(pages.at(-1)!)).toContain('as happened in this report');
    const dir = mkdtempSync(join(tmpdir(), 'report-name-'));
    writeFileSync(join(dir, 'r.pdf'), pdf);
    const info = spawnSync('pdfinfo', ['-enc', 'UTF-8', join(dir, 'r.pdf')], { encoding: 'utf8' }).stdout;
    expect(info).toMatch(new RegExp(`Title:\\s+Customer relationship maturity report: ${name}\n`));
  });
});
