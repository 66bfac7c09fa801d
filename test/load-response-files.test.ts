import { once } from 'node:events';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeAnswer, type ResponseRow } from '@crm-maturity/core';
import { bundledQuestionnaire } from '@crm-maturity/questionnaires';
import { csvHeader } from '../packages/core/src/research/load/csv-layout';
import { exampleRow } from '../packages/core/src/research/load/example-rows';
import { formatCsvRecord } from '../packages/core/src/research/load/format-csv-field';
import { loadResponseSet } from '../packages/core/src/research/load/load-response-set';
import { parseResponses } from '../packages/core/src/research/load/parse-responses';
import { responseRowToCsvRecord } from '../packages/core/src/research/load/response-row-to-csv-record';
import { rowAnswerArbitrary } from '../packages/core/src/testing/answer-arbitraries';

const questionnaire = bundledQuestionnaire('crm-maturity', '1.0.0');
const rowCount = 3000;
let directory: string;
const paths = { jsonl: '', csv: '' };

/** The rows in the files: valid ones, with one bad row at line 17 of the JSON Lines file. */
function rowsForFile(): (ResponseRow | string)[] {
  const rows: (ResponseRow | string)[] = Array.from({ length: rowCount }, (_, i) => exampleRow(questionnaire, i));
  const bad = exampleRow(questionnaire, 99_999);
  rows.splice(16, 0, { ...bad, answers: { ...bad.answers, 'information.customer-data-sources': 0 } });
  return rows;
}

async function writeLines(path: string, lines: Iterable<string>) {
  const out = createWriteStream(path);
  for (const line of lines) if (!out.write(line + '\n')) await once(out, 'drain');
  out.end();
  await once(out, 'finish');
}

beforeAll(async () => {
  directory = await mkdtemp(join(tmpdir(), 'crm-maturity-load-'));
  paths.jsonl = join(directory, 'responses.jsonl');
  paths.csv = join(directory, 'responses.csv');
  const rows = rowsForFile() as ResponseRow[];
  await writeLines(paths.jsonl, rows.map((r) => JSON.stringify(r)));
  await writeLines(paths.csv, [csvHeader(questionnaire), ...rows.map((r) => responseRowToCsvRecord(questionnaire, r))].map(formatCsvRecord));
});

afterAll(async () => {
  await rm(directory, { recursive: true, force: true });
});

describe('loading response-set files of the bundled questionnaire', () => {
  it('streams a JSON Lines file from disk in small chunks, reporting the bad row by line', async () => {
    const loaded = await loadResponseSet(questionnaire, createReadStream(paths.jsonl, { highWaterMark: 1000 }), { format: 'jsonl' });
    expect(loaded.summary).toEqual({ read: rowCount + 1, accepted: rowCount, rejected: 1 });
    expect(loaded.errors.map((e) => e.message)).toEqual(['line 17: information.customer-data-sources: must be from 1 to 1000000, got 0']);
    expect(loaded.errors[0]!.issues[0]).toMatchObject({ code: 'OUT_OF_RANGE', questionId: 'information.customer-data-sources', value: 0 });
    const q = questionnaire.questions.length;
    for (const r of [0, 15, 16, rowCount - 1]) {
      const row = exampleRow(questionnaire, r);
      expect(loaded.set.ids[r]).toBe(row.id);
      questionnaire.questions.forEach((question, k) => {
        expect(decodeAnswer(question, loaded.set.answers[r * q + k]!)).toEqual(row.answers[question.id]);
      });
    }
  });

  it('reads the same set from the CSV file (line 18: the header comes first), also as a web stream', async () => {
    const jsonl = await loadResponseSet(questionnaire, createReadStream(paths.jsonl), { format: 'jsonl' });
    const web = Readable.toWeb(createReadStream(paths.csv, { highWaterMark: 777 }));
    const csv = await loadResponseSet(questionnaire, web, { format: 'csv' });
    expect(csv.summary).toEqual(jsonl.summary);
    expect(csv.errors.map((e) => e.message)).toEqual(['line 18: information.customer-data-sources: must be from 1 to 1000000, got 0']);
    expect(csv.set).toEqual(jsonl.set);
  });

  it('round-trips any valid rows through CSV', async () => {
    const answers = fc.tuple(
      ...questionnaire.questions.map((q) =>
        rowAnswerArbitrary(q),
      ),
    );
    const rows = fc.array(answers, { maxLength: 5 }).map((sets) =>
      sets.map((values, i): ResponseRow => ({
        ...exampleRow(questionnaire, i),
        answers: Object.fromEntries(questionnaire.questions.flatMap((q, k) => (values[k] === undefined ? [] : [[q.id, values[k]!]]))),
      })),
    );
    await fc.assert(
      fc.asyncProperty(rows, async (generated) => {
        const text = [csvHeader(questionnaire), ...generated.map((r) => responseRowToCsvRecord(questionnaire, r))].map(formatCsvRecord).join('\n');
        const read: unknown[] = [];
        for await (const event of parseResponses(questionnaire, [text], { format: 'csv' })) read.push(event.kind === 'row' ? event.row : event);
        expect(read).toEqual(generated);
      }),
      { numRuns: 200 },
    );
  });
});
