import PDFDocument from 'pdfkit';
import { coverPage } from './pages/cover-page';
import { dimensionPage } from './pages/dimension-page';
import { methodologyPage } from './pages/methodology-page';
import { progressPage } from './pages/progress-page';
import { radarPage } from './pages/radar-page';
import { roadmapPage } from './pages/roadmap-page';
import { summaryPage } from './pages/summary-page';
import { decoratePages } from './page-decorations';
import { ReportCanvas } from './report-canvas';
import type { ReportInput } from './report-input';
import { page } from './theme';

/**
 * The PDF report of one assessment: cover, executive summary, radar chart,
 * a page per dimension, the roadmap, progress (when given) and the
 * methodology, numbered "page N of M". The same input and `generatedAt`
 * give the same bytes: the document's dates and ID derive from
 * `generatedAt` and nothing reads the clock.
 *
 * @throws RangeError when `generatedAt` is not a valid date or there is no overall roadmap
 * @example
 * const pdf = await renderReport(assembleReportInput(questionnaire, result, { generatedAt: new Date('2026-11-23') }));
 * pdf.subarray(0, 5).toString() // => '%PDF-'
 */
export async function renderReport(input: ReportInput): Promise<Buffer> {
  if (Number.isNaN(input.generatedAt.getTime())) throw new RangeError('renderReport requires a valid generatedAt date');
  if (!input.roadmaps.some((r) => r.scope === 'overall')) throw new RangeError('renderReport requires the overall roadmap among roadmaps (scope "overall")');
  const doc = new PDFDocument({
    size: 'A4',
    margins: { top: page.margin, bottom: page.margin, left: page.margin, right: page.margin },
    bufferPages: true,
    autoFirstPage: false,
    lang: 'en',
    displayTitle: true,
    info: {
      Title: `Customer relationship maturity report: ${input.organizationName}`,
      Author: input.author ?? 'crm-maturity',
      Subject: `${input.result.questionnaire.id} ${input.result.questionnaire.version}`,
      Creator: 'crm-maturity report',
      Producer: 'crm-maturity with PDFKit',
      // pdfkit derives the file ID from these, so fixing them fixes the whole file.
      CreationDate: input.generatedAt,
      ModDate: input.generatedAt,
    },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const ended = new Promise<void>((resolve, reject) => {
    doc.on('end', resolve);
    doc.on('error', reject);
  });

  const canvas = new ReportCanvas(doc);
  coverPage(canvas, input);
  summaryPage(canvas, input);
  radarPage(canvas, input);
  for (const dimension of input.result.dimensions) dimensionPage(canvas, input, dimension);
  roadmapPage(canvas, input);
  if (input.progress) progressPage(canvas, input, input.progress);
  methodologyPage(canvas, input);
  decoratePages(canvas, input);
  doc.end();
  await ended;
  return Buffer.concat(chunks);
}
