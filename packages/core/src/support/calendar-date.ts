import { z } from 'zod';

const pattern = /^(\d{4})-(\d{2})-(\d{2})$/;

export type CalendarDateResult = { ok: true; date: Date } | { ok: false; message: string };

/**
 * The one parser of a date given as text (a report date, an answer file's
 * `assessedAt`): an ISO 8601 calendar date, YYYY-MM-DD with two-digit month
 * and day, that exists in the calendar (no 2026-02-31, no 2026-13-01), as
 * midnight UTC. Nothing is trimmed or guessed.
 *
 * @example
 * parseCalendarDate('2028-02-29'); // => { ok: true, date: 2028-02-29T00:00:00.000Z }
 * parseCalendarDate('2026-02-31'); // => { ok: false, message: '"2026-02-31" is not a calendar date: February 2026 has 28 days; give YYYY-MM-DD, e.g. 2026-11-23' }
 */
export function parseCalendarDate(text: string): CalendarDateResult {
  const expected = 'give YYYY-MM-DD, e.g. 2026-11-23';
  const match = pattern.exec(text);
  if (!match) return { ok: false, message: `${JSON.stringify(text)} is not a date in the form YYYY-MM-DD; ${expected}` };
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12) return { ok: false, message: `${JSON.stringify(text)} is not a calendar date: there is no month ${match[2]}; ${expected}` };
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day < 1 || day > days) {
    const name = new Date(Date.UTC(2000, month - 1, 1)).toLocaleString('en', { month: 'long', timeZone: 'UTC' });
    return { ok: false, message: `${JSON.stringify(text)} is not a calendar date: ${name} ${year} has ${days} days; ${expected}` };
  }
  const date = new Date(Date.UTC(year, month - 1, day));
  // Date.UTC maps years 0-99 to 1900-1999.
  date.setUTCFullYear(year);
  return { ok: true, date };
}

/** `parseCalendarDate` as a zod schema of the text (the output stays the text, for files that keep it). */
export const calendarDateSchema = z.string().superRefine((text, context) => {
  const parsed = parseCalendarDate(text);
  if (!parsed.ok) context.addIssue({ code: 'custom', message: parsed.message, input: text });
});
