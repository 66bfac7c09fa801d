import { formatDate } from './format-numbers';
import type { ReportCanvas } from './report-canvas';
import type { ReportInput } from './report-input';
import { colors, contentWidth, fonts, page, sizes } from './theme';

/**
 * The running header (from page 2: the organization, cut with an ellipsis
 * to one line, and the date) and the footer on every page ("page N of M"),
 * drawn once every page exists.
 */
export function decoratePages(canvas: ReportCanvas, input: ReportInput): void {
  const { doc } = canvas;
  const { start, count } = doc.bufferedPageRange();
  const date = formatDate(input.generatedAt);
  const version = `${input.result.questionnaire.id} ${input.result.questionnaire.version}`;
  for (let i = start; i < start + count; i++) {
    doc.switchToPage(i);
    // The header and footer sit in the margins; without this pdfkit would start a new page for them.
    const margins = { ...doc.page.margins };
    doc.page.margins = { top: 0, bottom: 0, left: 0, right: 0 };
    if (i > start) {
      canvas.style({ size: sizes.small });
      const dateWidth = doc.widthOfString(date);
      const title = fitOneLine(canvas, canvas.t(input.organizationName), contentWidth - dateWidth - 20, { size: sizes.small, font: fonts.bold });
      canvas.textAt(title, page.margin, page.headerY, { size: sizes.small, font: fonts.bold, color: colors.muted });
      canvas.textAt(date, page.margin + contentWidth - dateWidth, page.headerY, { size: sizes.small, color: colors.muted });
      doc.moveTo(page.margin, page.headerY + 13).lineTo(page.margin + contentWidth, page.headerY + 13).lineWidth(0.5).strokeColor(colors.rule).stroke();
    }
    doc.moveTo(page.margin, page.footerY - 6).lineTo(page.margin + contentWidth, page.footerY - 6).lineWidth(0.5).strokeColor(colors.rule).stroke();
    canvas.textAt(`Customer relationship maturity report · ${version}`, page.margin, page.footerY, { size: sizes.tiny, color: colors.faint });
    const number = `page ${i - start + 1} of ${count}`;
    canvas.style({ size: sizes.small });
    canvas.textAt(number, page.margin + contentWidth - doc.widthOfString(number), page.footerY, { size: sizes.small, color: colors.muted });
    doc.page.margins = margins;
  }
}

/** `text` cut at the end, with an ellipsis, to fit `width` on one line. */
export function fitOneLine(canvas: ReportCanvas, text: string, width: number, style: { size: number; font: (typeof fonts)[keyof typeof fonts] }): string {
  canvas.style(style);
  if (canvas.doc.widthOfString(text) <= width) return text;
  let low = 0;
  let high = text.length;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (canvas.doc.widthOfString(`${text.slice(0, mid).trimEnd()}…`) <= width) low = mid;
    else high = mid - 1;
  }
  return `${text.slice(0, low).trimEnd()}…`;
}
