/** A row of a note table: cells, or leading cells followed by one free-text note in place of the rest. */
export type NoteTableRow = { cells: string[] } | { lead: string[]; note: string };

/**
 * A plain-text table like `renderTable`, with alignment given per column
 * (numbers with thousands separators or a % are not guessed right) and rows
 * that may replace their trailing cells with a note, as a withheld cohort
 * does: its numbers must not be printed at all, not even as blanks.
 */
export function renderNoteTable(headers: string[], align: ('left' | 'right')[], rows: NoteTableRow[]): string {
  const full = rows.flatMap((row) => ('cells' in row ? [row.cells] : []));
  const leads = rows.flatMap((row) => ('lead' in row ? [row.lead] : []));
  const widths = headers.map((header, c) => Math.max(header.length, ...full.map((cells) => (cells[c] ?? '').length), ...leads.map((lead) => (lead[c] ?? '').length)));
  const pad = (cell: string, c: number) => (align[c] === 'right' ? cell.padStart(widths[c]!) : cell.padEnd(widths[c]!));
  const line = (cells: string[]) => cells.map(pad).join('  ').trimEnd();
  return [
    line(headers),
    widths.map((w) => '-'.repeat(w)).join('  '),
    ...rows.map((row) => ('cells' in row ? line(row.cells) : `${row.lead.map((cell, c) => cell.padEnd(widths[c]!)).join('  ')}  ${row.note}`)),
  ].join('\n');
}
