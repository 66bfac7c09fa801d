import PDFDocument from 'pdfkit';
import { renderReport, type ReportInput } from '@crm-maturity/report';
import { exampleReportInput } from '@crm-maturity/report/testing';
import { formatMs, timeInterleaved, type Figure } from '../support/measure';

/**
 * Rendering the full report (the insurer against its industry in the
 * committed synthetic cohort, with progress) against a plain pdfkit
 * document of the same page count holding only a paragraph of text per
 * page, in the same run, interleaved. The ratio is what the charts,
 * tables and measuring cost over pdfkit's own floor. Target: ≤ 2.5.
 */
export async function reportRenderSuite(): Promise<Figure[]> {
  const input = await exampleReportInput('mid-size-insurer', { previous: 'earlier' });
  const pages = countPages(await renderReport(input));
  const [report, plain] = await timeInterleaved(
    [
      { name: 'renderReport', run: () => renderReport(input) },
      { name: 'text-only pdfkit', run: () => textOnlyDocument(input, pages) },
    ],
    15,
    3,
  );
  const ratio = report!.medianMs / plain!.medianMs;
  return [
    {
      suite: 'report',
      figure: `render a ${pages}-page report`,
      value: formatMs(report!.medianMs),
      ratio,
      baseline: `text-only pdfkit, ${pages} pages, ${formatMs(plain!.medianMs)}`,
      target: '≤ 2.5',
      pass: ratio <= 2.5,
    },
  ];
}

/** The floor: the same page count and document settings, one block of text per page, nothing drawn. */
function textOnlyDocument(input: ReportInput, pages: number): Promise<Buffer> {
  const doc = new PDFDocument({ size: 'A4', bufferPages: true, autoFirstPage: false, info: { CreationDate: input.generatedAt, ModDate: input.generatedAt } });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const ended = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));
  const questions = input.result.dimensions.flatMap((d) => d.questions);
  for (let i = 0; i < pages; i++) {
    doc.addPage();
    doc.font('Helvetica').fontSize(9.5).text(questions.map((q) => `${q.topic}: ${q.explanation}`).join(' ').slice(0, 3000), { width: 480 });
    doc.text(`page ${i + 1} of ${pages}`);
  }
  doc.end();
  return ended;
}

function countPages(pdf: Buffer): number {
  return (pdf.toString('latin1').match(/\/Type \/Page\b/g) ?? []).length;
}
