import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { industries } from '../response-set';
import type { ResponseRow } from '../response-row-schema';
import { fixtureQuestionnaire } from '../../testing/fixture-questionnaire';
import { csvHeader } from './csv-layout';
import { formatCsvRecord } from './format-csv-field';
import { parseResponses } from './parse-responses';
import type { ResponseEvent } from './response-event';
import { responseRowToCsvRecord } from './response-row-to-csv-record';
import { splitAt } from './split-at';

const questionnaire = fixtureQuestionnaire();

async function parse(chunks: (string | Uint8Array)[], format: 'jsonl' | 'csv'): Promise<ResponseEvent[]> {
  const events: ResponseEvent[] = [];
  for await (const event of parseResponses(questionnaire, chunks, { format })) events.push(event);
  return events;
}

/** Each event as "line: kind: messages", the way a person reads them. */
const summarize = (events: ResponseEvent[]) =>
  events.map((e) => (e.kind === 'row' ? `${e.line}: row ${e.row.id}` : `${e.line}: ${e.kind}: ${e.issues.map((i) => i.message).join('; ')}`));

const row = (id: string, answers: Record<string, unknown> = {}, extra: Record<string, unknown> = {}): ResponseRow =>
  ({
    id,
    industry: 'retail',
    sizeBand: 'small',
    region: 'europe',
    period: '2026',
    questionnaire: { id: 'fixture', version: '1.0.0' },
    answers: { 'people.exec': true, 'people.front-line': 'some', ...answers },
    ...extra,
  }) as ResponseRow;

const full = row('full', {
  'process.techniques': ['personas', 'journeys'],
  'process.response-rate': 40.5,
  'information.sources': 3,
  'information.stale': null,
  'technology.personalization': { email: 'generic', social: 'personal' },
  'technology.chat': false,
}, { synthetic: true, weight: 2.5 });

const jsonl = (...lines: unknown[]) => lines.map((l) => (typeof l === 'string' ? l : JSON.stringify(l))).join('\n') + '\n';
const csv = (...records: string[][]) => records.map(formatCsvRecord).join('\n') + '\n';
const csvRow = (r: ResponseRow) => responseRowToCsvRecord(questionnaire, r);
const header = csvHeader(questionnaire);

function jsonError(text: string): string {
  try {
    JSON.parse(text);
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('expected bad JSON');
}

describe('parseResponses, JSON Lines', () => {
  it('yields each row with its physical line, skipping blank lines, with CRLF and a BOM', async () => {
    const text = '\uFEFF' + [JSON.stringify(full), '', '   ', JSON.stringify(row('b'))].join('\r\n');
    const events = await parse([text], 'jsonl');
    expect(events).toEqual([
      { kind: 'row', line: 1, row: full },
      { kind: 'row', line: 4, row: row('b') },
    ]);
  });

  it('rejects every kind of bad row with its line and reason', async () => {
    const text = jsonl(
      row('org-1'),
      '{"id":',
      row('org-2', {}, { industry: 'farming' }),
      row('org-3', { 'people.ceo': true }),
      row('org-4', { 'people.front-line': 'most' }),
      row('org-5', { 'people.exec': null }),
      row('org-1'),
      { ...row('org-6'), questionnaire: { id: 'fixture', version: '2.0.0' } },
      row('org-7', { 'information.sources': 0 }),
      [1],
      row('org-8', {}, { colour: 'red' }),
      row('org-9', { 'people.exec': 'yes', 'technology.personalization': { email: 'generic' } }),
      row('org-10'),
    );
    expect(summarize(await parse([text], 'jsonl'))).toEqual([
      '1: row org-1',
      `2: rejected: not valid JSON: ${jsonError('{"id":')}`,
      `3: rejected: industry: Invalid option: expected one of ${industries.map((i) => `"${i}"`).join('|')} (got "farming")`,
      '4: rejected: people.ceo: no such question',
      '5: rejected: people.front-line: "most" is not an option; options are none, some, all',
      '6: rejected: people.exec: "not applicable" (null) is not allowed',
      '7: rejected: id: "org-1" is already used by the row on line 1',
      '8: rejected: row is for fixture 2.0.0, not fixture 1.0.0',
      '9: rejected: information.sources: must be from 1 to 1000000, got 0',
      '10: rejected: (root): Invalid input: expected object, received array (got [1])',
      '11: rejected: (root): Unrecognized key: "colour"',
      '12: rejected: people.exec: expects true or false, got "yes"; technology.personalization: every row needs an answer; missing social',
      '13: row org-10',
    ]);
  });

  it('reports a duplicate id alongside the row\'s other problems', async () => {
    const events = await parse([jsonl(row('a'), row('a', { 'people.exec': 1 }))], 'jsonl');
    expect(summarize(events)[1]).toBe('2: rejected: people.exec: expects true or false, got 1; id: "a" is already used by the row on line 1');
  });

  it('accepts an id again when its first row was rejected', async () => {
    const events = await parse([jsonl(row('a', { 'people.exec': 1 }), row('a'))], 'jsonl');
    expect(summarize(events)).toEqual(['1: rejected: people.exec: expects true or false, got 1', '2: row a']);
  });
});

describe('parseResponses, CSV', () => {
  it('reads a header and one row per organization, with CRLF, a BOM and blank lines', async () => {
    const text = '\uFEFF' + [formatCsvRecord(header), '', formatCsvRecord(csvRow(full)), formatCsvRecord(csvRow(row('b')))].join('\r\n');
    expect(await parse([text], 'csv')).toEqual([
      { kind: 'row', line: 3, row: full },
      { kind: 'row', line: 4, row: row('b') },
    ]);
  });

  it('accepts columns in any order and leaves out optional ones', async () => {
    const text = csv(
      ['people.exec', 'questionnaireVersion', 'questionnaireId', 'period', 'region', 'sizeBand', 'industry', 'id'],
      ['no', '1.0.0', 'fixture', '2026', 'europe', 'small', 'retail', 'x'],
    );
    expect(await parse([text], 'csv')).toEqual([{ kind: 'row', line: 2, row: { ...row('x'), answers: { 'people.exec': false } } }]);
  });

  it('tells "nothing selected" (-) from unanswered (empty) and not applicable (n/a)', async () => {
    const cells = (techniques: string) => {
      const record = csvRow(row('r'));
      record[header.indexOf('process.techniques')] = techniques;
      return record;
    };
    const events = await parse([csv(header, cells('-'))], 'csv');
    expect(events[0]).toMatchObject({ kind: 'row', row: { answers: { 'process.techniques': [] } } });
    const unanswered = await parse([csv(header, cells(''))], 'csv');
    expect(unanswered[0]).toMatchObject({ kind: 'row' });
    expect('process.techniques' in (unanswered[0] as { row: ResponseRow }).row.answers).toBe(false);
    expect(summarize(await parse([csv(header, cells('n/a'))], 'csv'))).toEqual([
      '2: rejected: process.techniques: "not applicable" (null) is not allowed',
    ]);
  });

  it('rejects a header with an unknown, a repeated or a missing column, and then every record after it', async () => {
    const bad = ['id', 'industry', 'sizeBand', 'region', 'period', 'questionnaireId', 'colour', 'people.exec', 'people.exec'];
    const events = await parse([csv(bad, ['a', 'retail', 'small', 'europe', '2026', 'fixture', 'red', 'yes', 'yes'], ['b'])], 'csv');
    expect(summarize(events)).toEqual([
      '1: header: header: unknown column "colour" (column 7); columns are id, synthetic, industry, sizeBand, region, period, questionnaireId, questionnaireVersion, weight and the question ids of fixture 1.0.0; ' +
        'header: column "people.exec" appears twice (columns 8 and 9); ' +
        'header: the required column "questionnaireVersion" is missing',
      '2: rejected: not read: the CSV header on line 1 is invalid',
      '3: rejected: not read: the CSV header on line 1 is invalid',
    ]);
  });

  it('reports an empty file as a missing header', async () => {
    expect(summarize(await parse(['\n\n'], 'csv'))).toEqual(['1: header: header: the input is empty; a CSV response set starts with a header row']);
  });

  it('rejects every kind of bad record with its line and reason', async () => {
    const cells = (r: ResponseRow, changes: Record<string, string>) => {
      const record = csvRow(r);
      for (const [column, value] of Object.entries(changes)) record[header.indexOf(column)] = value;
      return record;
    };
    const text =
      csv(
        header,
        csvRow(row('org-1')),
        csvRow(row('org-2')).slice(0, 5),
        cells(row('org-3'), { 'people.exec': 'maybe', 'information.sources': 'many' }),
        cells(row('org-4'), { 'technology.personalization': 'email' }),
        cells(row('org-5'), { questionnaireId: 'other' }),
        cells(row('org-6'), { questionnaireVersion: '1.0' }),
        cells(row('org-7'), { synthetic: 'yes', weight: 'heavy' }),
        cells(row('org-8'), { weight: '-1', period: '26' }),
        cells(row('org-9'), { 'people.front-line': 'most' }),
        cells(row('org-1'), {}),
        cells(row('multi\nline'), { 'information.sources': '0' }),
      ) + 'a,b"c\nlast,"open';
    expect(summarize(await parse([text], 'csv'))).toEqual([
      '2: row org-1',
      '3: rejected: has 5 fields but the header on line 1 has 18 columns',
      '4: rejected: people.exec: expects yes, no or n/a, got "maybe"; information.sources: expects a number or n/a, got "many"',
      '5: rejected: technology.personalization: expects row=column pairs joined by "|", got "email"',
      '6: rejected: row is for other 1.0.0, not fixture 1.0.0',
      '7: rejected: questionnaireVersion: Invalid string: must match pattern /^\\d+\\.\\d+\\.\\d+$/ (got "1.0")',
      '8: rejected: synthetic: Invalid input: expected boolean, received string (got "yes"); weight: Invalid input: expected number, received string (got "heavy")',
      '9: rejected: period: a period is a year or a quarter, e.g. "2026" or "2026-Q3" (got "26"); weight: Too small: expected number to be >0 (got -1)',
      '10: rejected: people.front-line: "most" is not an option; options are none, some, all',
      '11: rejected: id: "org-1" is already used by the row on line 2',
      '12: rejected: information.sources: must be from 1 to 1000000, got 0',
      '14: rejected: invalid CSV: field 2 has a quote (") but does not start with one; quote the whole field and write the quote twice',
      '15: rejected: invalid CSV: the quoted field 2 opened on line 15 is not closed before the end of the input',
    ]);
  });
});

describe('parseResponses, chunk boundaries', () => {
  // Multi-byte characters in ids and a quoted CSV field with a comma, a quote and a line break.
  const rows = [
    row('ünïcödé-€-😀'),
    full,
    row('a, "quoted"\r\nid'),
    row('bad', { 'information.sources': 0 }),
    row('ünïcödé-€-😀'),
  ];
  const files = {
    jsonl: '\uFEFF' + rows.map((r) => JSON.stringify(r)).join('\r\n') + '\n\n{"broken": \n',
    csv: '\uFEFF' + [header, ...rows.map(csvRow)].map(formatCsvRecord).join('\r\n') + '\r\n\r\nx,"unterminated\r\n',
  };
  for (const format of ['jsonl', 'csv'] as const) {
    it(`gives the same events however a ${format} file is cut into chunks`, async () => {
      const bytes = new TextEncoder().encode(files[format]);
      const whole = await parse([bytes], format);
      expect(whole.filter((e) => e.kind === 'row')).toHaveLength(3);
      expect(whole.filter((e) => e.kind === 'rejected')).toHaveLength(3);
      await fc.assert(
        fc.asyncProperty(fc.array(fc.nat({ max: bytes.length }), { maxLength: 30 }), async (cuts) => {
          expect(await parse(splitAt(bytes, cuts), format)).toEqual(whole);
        }),
        { numRuns: 300 },
      );
    });
  }

  it('cuts inside a multi-byte character and inside a quoted field', async () => {
    const bytes = new TextEncoder().encode(files.csv);
    const euro = bytes.indexOf(0xe2); // the first byte of "€"
    const quote = files.csv.indexOf('"quoted"');
    expect(await parse(splitAt(bytes, [euro + 1, euro + 2, quote + 3]), 'csv')).toEqual(await parse([bytes], 'csv'));
  });
});
