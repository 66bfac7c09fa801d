import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The text of a PDF as poppler's `pdftotext -layout` gives it, one string per page. */
export function pdfPagesText(pdf: Buffer): string[] {
  const run = spawnSync('pdftotext', ['-layout', '-enc', 'UTF-8', '-', '-'], { input: pdf, encoding: 'utf8', maxBuffer: 1 << 26 });
  if (run.status !== 0) throw new Error(`pdftotext failed: ${run.stderr}`);
  const pages = run.stdout.split('\f');
  if (pages.at(-1)!.trim() === '') pages.pop();
  return pages;
}

/** Text with every run of white space as one space, so that table columns read as a sentence. */
export function squash(text: string): string {
  return text.replace(/\s+/g, ' ');
}

/** Each page rendered by `pdftoppm -r <dpi> -png`, as PNG files in page order. */
export function renderPagesPng(pdf: Buffer, dpi = 50, pages?: { first: number; last: number }): Buffer[] {
  const dir = mkdtempSync(join(tmpdir(), 'report-pages-'));
  try {
    const file = join(dir, 'report.pdf');
    writeFileSync(file, pdf);
    const range = pages ? ['-f', String(pages.first), '-l', String(pages.last)] : [];
    const run = spawnSync('pdftoppm', ['-r', String(dpi), '-png', ...range, file, join(dir, 'page')], { encoding: 'utf8' });
    if (run.status !== 0) throw new Error(`pdftoppm failed: ${run.stderr}`);
    return readdirSync(dir)
      .filter((name) => name.endsWith('.png'))
      .sort((a, b) => Number(/(\d+)\.png$/.exec(a)![1]) - Number(/(\d+)\.png$/.exec(b)![1]))
      .map((name) => readFileSync(join(dir, name)));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
