import { describe, expect, it } from 'vitest';
import { renderReport } from './render-report';
import { exampleReportInput } from './testing/example-inputs';

describe('renderReport', () => {
  it('is byte-for-byte deterministic for the same input and date', async () => {
    const input = await exampleReportInput('mid-size-insurer', { previous: 'earlier' });
    const [first, second] = [await renderReport(input), await renderReport(input)];
    expect(first.subarray(0, 5).toString()).toBe('%PDF-');
    expect(first.equals(second)).toBe(true);
  });

  it('stores the date as CreationDate and ModDate, and derives the file ID from the inputs only', async () => {
    const input = await exampleReportInput('small-retailer', { cohort: 'none' });
    const pdf = (await renderReport(input)).toString('latin1');
    // pdfkit stores each date as an object of its own: every date in the file is the report's date.
    expect(pdf).toMatch(/\/CreationDate \d+ 0 R/);
    expect(pdf).toMatch(/\/ModDate \d+ 0 R/);
    expect(pdf.match(/\(D:\d{14}Z\)/g)).toEqual(['(D:20261123000000Z)', '(D:20261123000000Z)']);
    const later = (await renderReport({ ...input, generatedAt: new Date('2026-11-24T00:00:00Z') })).toString('latin1');
    const id = (text: string) => /\/ID \[<([0-9a-f]+)>/.exec(text)?.[1];
    expect(id(pdf)).toBeDefined();
    expect(id(later)).not.toBe(id(pdf));
  });

  it('refuses an invalid date and a missing overall roadmap', async () => {
    const input = await exampleReportInput('small-retailer', { cohort: 'none' });
    await expect(renderReport({ ...input, generatedAt: new Date('not a date') })).rejects.toThrow('renderReport requires a valid generatedAt date');
    await expect(renderReport({ ...input, roadmaps: input.roadmaps.filter((r) => r.scope !== 'overall') })).rejects.toThrow('overall roadmap');
  });
});
