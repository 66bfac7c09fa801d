import { describe, expect, it } from 'vitest';
import { calendarDateSchema, parseCalendarDate } from './calendar-date';

describe('parseCalendarDate', () => {
  it.each([
    ['2026-11-23', '2026-11-23T00:00:00.000Z'],
    ['2028-02-29', '2028-02-29T00:00:00.000Z'],
    ['2000-02-29', '2000-02-29T00:00:00.000Z'],
    ['0099-12-31', '0099-12-31T00:00:00.000Z'],
  ])('reads %s as midnight UTC', (text, iso) => {
    const parsed = parseCalendarDate(text);
    expect(parsed.ok && parsed.date.toISOString()).toBe(iso);
  });

  it.each([
    ['2026-02-31', '"2026-02-31" is not a calendar date: February 2026 has 28 days; give YYYY-MM-DD, e.g. 2026-11-23'],
    ['2026-02-29', '"2026-02-29" is not a calendar date: February 2026 has 28 days; give YYYY-MM-DD, e.g. 2026-11-23'],
    ['1900-02-29', '"1900-02-29" is not a calendar date: February 1900 has 28 days; give YYYY-MM-DD, e.g. 2026-11-23'],
    ['2026-04-31', '"2026-04-31" is not a calendar date: April 2026 has 30 days; give YYYY-MM-DD, e.g. 2026-11-23'],
    ['2026-01-00', '"2026-01-00" is not a calendar date: January 2026 has 31 days; give YYYY-MM-DD, e.g. 2026-11-23'],
    ['2026-13-01', '"2026-13-01" is not a calendar date: there is no month 13; give YYYY-MM-DD, e.g. 2026-11-23'],
    ['2026-00-10', '"2026-00-10" is not a calendar date: there is no month 00; give YYYY-MM-DD, e.g. 2026-11-23'],
    ['2026-1-5', '"2026-1-5" is not a date in the form YYYY-MM-DD; give YYYY-MM-DD, e.g. 2026-11-23'],
    [' 2026-01-05', '" 2026-01-05" is not a date in the form YYYY-MM-DD; give YYYY-MM-DD, e.g. 2026-11-23'],
    ['2026-01-05T00:00:00Z', '"2026-01-05T00:00:00Z" is not a date in the form YYYY-MM-DD; give YYYY-MM-DD, e.g. 2026-11-23'],
    ['٢٠٢٦-٠١-٠٥', '"٢٠٢٦-٠١-٠٥" is not a date in the form YYYY-MM-DD; give YYYY-MM-DD, e.g. 2026-11-23'],
  ])('refuses %j, saying the value and the expected form', (text, message) => {
    expect(parseCalendarDate(text)).toEqual({ ok: false, message });
  });

  it('agrees with an independent check (round trip through toISOString) on every day of 1999-2001 and a few impossible ones', () => {
    for (let year = 1999; year <= 2001; year++) {
      for (let month = 1; month <= 13; month++) {
        for (let day = 0; day <= 32; day++) {
          const text = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
          const date = new Date(`${text}T00:00:00Z`);
          const real = !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === text;
          expect(parseCalendarDate(text).ok, text).toBe(real);
        }
      }
    }
  });

  it('is a zod schema too', () => {
    expect(calendarDateSchema.safeParse('2026-02-31').error?.issues[0]?.message).toContain('February 2026 has 28 days');
    expect(calendarDateSchema.parse('2026-02-28')).toBe('2026-02-28');
  });
});
