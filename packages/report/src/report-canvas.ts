import { colors, contentWidth, fonts, page, sizes } from './theme';
import { toWinAnsi } from './win-ansi-text';

export type Font = (typeof fonts)[keyof typeof fonts];
export type TextStyle = { size?: number; font?: Font; color?: string; width?: number; x?: number; align?: 'left' | 'right' | 'center'; lineGap?: number };
export type Cell = string | { text: string; color?: string; font?: Font };
export type Column = { header: string; width: number; align?: 'left' | 'right' };

/** The lowest y a block may reach; the footer sits below it. */
const bottom = page.height - page.margin;
/** Where content starts on a page, under the running header. */
const top = page.margin + 6;

/**
 * The drawing kit every page uses: a cursor that runs down the page, text
 * that always goes through `toWinAnsi`, blocks that move to a fresh page
 * when they would not fit, and tables whose header repeats after a break.
 * Blocks measure themselves first, so pdfkit never breaks a page on its own.
 */
export class ReportCanvas {
  y: number = top;
  /** Set when some text had characters the standard fonts cannot show. */
  replacedText = false;

  constructor(readonly doc: PDFKit.PDFDocument) {}

  /** Text as the standard fonts can show it. */
  t(text: string): string {
    const converted = toWinAnsi(text);
    if (converted.replaced) this.replacedText = true;
    return converted.text;
  }

  newPage(): void {
    this.doc.addPage();
    this.y = top;
  }

  /** Start a new page when `height` more points would not fit on this one. */
  ensureSpace(height: number): boolean {
    if (this.y + height <= bottom) return false;
    this.newPage();
    return true;
  }

  get remaining(): number {
    return bottom - this.y;
  }

  style(style: TextStyle): void {
    this.doc.font(style.font ?? fonts.regular).fontSize(style.size ?? sizes.body).fillColor(style.color ?? colors.ink);
  }

  measure(text: string, style: TextStyle = {}): number {
    this.style(style);
    return this.doc.heightOfString(this.t(text), { width: style.width ?? contentWidth, lineGap: style.lineGap ?? 1.5 });
  }

  /** Text at an exact place, without moving the cursor. */
  textAt(text: string, x: number, y: number, style: TextStyle = {}): void {
    this.style(style);
    const options: PDFKit.Mixins.TextOptions = { lineGap: style.lineGap ?? 1.5, align: style.align ?? 'left' };
    if (style.width !== undefined) options.width = style.width;
    else options.lineBreak = false;
    this.doc.text(this.t(text), x, y, options);
  }

  /** A block of wrapped text at the cursor; moves the cursor below it. */
  paragraph(text: string, style: TextStyle & { after?: number } = {}): void {
    const width = style.width ?? contentWidth - ((style.x ?? page.margin) - page.margin);
    const height = this.measure(text, { ...style, width });
    this.ensureSpace(height);
    this.textAt(text, style.x ?? page.margin, this.y, { ...style, width });
    this.y += height + (style.after ?? 6);
  }

  heading(text: string, options: { size?: number; color?: string; after?: number; keepWith?: number } = {}): void {
    const size = options.size ?? sizes.heading;
    this.ensureSpace(size * 1.4 + (options.keepWith ?? 40));
    this.paragraph(text, { size, font: fonts.bold, color: options.color ?? colors.accent, after: options.after ?? 8 });
  }

  subheading(text: string, keepWith = 40): void {
    this.y += 4;
    this.ensureSpace(22 + keepWith);
    this.paragraph(text, { size: sizes.subheading, font: fonts.bold, color: colors.ink, after: 4 });
    this.doc.moveTo(page.margin, this.y).lineTo(page.margin + contentWidth, this.y).lineWidth(0.5).strokeColor(colors.rule).stroke();
    this.y += 5;
  }

  /** A small filled label such as a level name. */
  chip(text: string, x: number, y: number, fill: string, size: number = sizes.small): number {
    this.style({ size, font: fonts.bold, color: '#ffffff' });
    const label = this.t(text);
    const width = this.doc.widthOfString(label) + 10;
    this.doc.roundedRect(x, y, width, size + 6, 3).fill(fill);
    this.textAt(label, x + 5, y + 3.4, { size, font: fonts.bold, color: '#ffffff' });
    return width;
  }

  /** A table at the cursor; rows wrap within their column and the header repeats on a new page. */
  table(columns: Column[], rows: Cell[][], options: { size?: number; zebra?: boolean } = {}): void {
    const size = options.size ?? sizes.small;
    const pad = 2.6;
    const drawHeader = () => {
      let x = page.margin;
      const height = Math.max(...columns.map((c) => this.measure(c.header, { size: sizes.tiny + 0.5, font: fonts.bold, width: c.width - 4 })));
      for (const column of columns) {
        this.textAt(column.header, x + 2, this.y, { size: sizes.tiny + 0.5, font: fonts.bold, color: colors.muted, width: column.width - 4, align: column.align ?? 'left' });
        x += column.width;
      }
      this.y += height + 2;
      this.doc.moveTo(page.margin, this.y).lineTo(page.margin + total, this.y).lineWidth(0.6).strokeColor(colors.faint).stroke();
      this.y += 2;
    };
    const total = columns.reduce((s, c) => s + c.width, 0);
    this.ensureSpace(40);
    drawHeader();
    rows.forEach((row, r) => {
      const cells = row.map((cell) => (typeof cell === 'string' ? { text: cell } : cell));
      const height = Math.max(...cells.map((cell, c) => this.measure(cell.text, { size, font: cell.font ?? fonts.regular, width: columns[c]!.width - 4 }))) + 2 * pad;
      if (this.ensureSpace(height)) drawHeader();
      if (options.zebra !== false && r % 2 === 1) this.doc.rect(page.margin, this.y, total, height).fill(colors.panel);
      let x = page.margin;
      cells.forEach((cell, c) => {
        const column = columns[c]!;
        this.textAt(cell.text, x + 2, this.y + pad, { size, font: cell.font ?? fonts.regular, color: cell.color ?? colors.ink, width: column.width - 4, align: column.align ?? 'left' });
        x += column.width;
      });
      this.y += height;
    });
    this.doc.moveTo(page.margin, this.y).lineTo(page.margin + total, this.y).lineWidth(0.4).strokeColor(colors.rule).stroke();
    this.y += 8;
  }

  /** A shaded box with a coloured edge for a notice (withheld cohort, partial answers). */
  notice(text: string, edge: string = colors.warning): void {
    const width = contentWidth - 16;
    const height = this.measure(text, { width }) + 12;
    this.ensureSpace(height);
    this.doc.rect(page.margin, this.y, contentWidth, height).fill(colors.panel);
    this.doc.rect(page.margin, this.y, 3, height).fill(edge);
    this.textAt(text, page.margin + 10, this.y + 6, { width });
    this.y += height + 8;
  }
}
