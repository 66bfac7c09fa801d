import { closeSync, createReadStream, fstatSync, openSync, readSync } from 'node:fs';
import { extname } from 'node:path';
import {
  CrmMaturityError,
  CsvTokenizer,
  isCrmMaturityError,
  loadResponseSet,
  type LoadedResponseSet,
  type Questionnaire,
  type ResponseFormat,
} from '@crm-maturity/core';
import { pickQuestionnaire } from './read-answer-file';

/** How many problems are printed before "... and K more". */
export const reportedProblems = 20;

/** How far into a file to look for the questionnaire version its rows name. */
const peekBytes = 1 << 18;

/**
 * The format of a response file: `--format` if given, else its extension
 * (.jsonl, .ndjson or .json for JSON Lines, .csv for CSV).
 *
 * @throws CrmMaturityError BAD_USER_INPUT for an unknown --format or extension
 */
export function responseFormatOf(file: string, override: string | undefined): ResponseFormat {
  if (override !== undefined) return parseResponseFormat(override);
  const extension = extname(file).toLowerCase();
  if (extension === '.jsonl' || extension === '.ndjson' || extension === '.json') return 'jsonl';
  if (extension === '.csv') return 'csv';
  throw new CrmMaturityError('BAD_USER_INPUT', `${file}: cannot tell the format from "${extension || 'no extension'}"; name the file .jsonl or .csv, or pass --format jsonl|csv`);
}

export function parseResponseFormat(value: string): ResponseFormat {
  const format = value.toLowerCase();
  if (format === 'jsonl' || format === 'csv') return format;
  throw new CrmMaturityError('BAD_USER_INPUT', `--format: "${value}" is not a format; formats are jsonl, csv`);
}

/**
 * The questionnaire a response file is read with: `--questionnaire-dir`,
 * else the bundled `--version`, else the bundled version the first row in
 * the file names (the newest bundled one when no row near the start names
 * one; rows of any other version are then rejected one by one).
 */
export function responseFileQuestionnaire(
  file: string,
  format: ResponseFormat,
  options: { version?: string | undefined; questionnaireDir?: string | undefined },
): Questionnaire {
  if (options.questionnaireDir) return pickQuestionnaire(file, undefined, options.questionnaireDir);
  const version = options.version ?? namedVersion(file, format);
  return pickQuestionnaire(file, version === undefined ? undefined : { id: 'crm-maturity', version }, undefined);
}

/** The questionnaire version the first readable row near the start of the file names. */
export function namedVersion(file: string, format: ResponseFormat): string | undefined {
  const { text, whole } = readStart(file);
  if (format === 'jsonl') {
    const lines = text.split('\n');
    if (!whole) lines.pop(); // may be cut off
    for (const line of lines) {
      if (line.trim() === '') continue;
      try {
        const version = (JSON.parse(line) as { questionnaire?: { version?: unknown } } | null)?.questionnaire?.version;
        if (typeof version === 'string') return version;
      } catch {
        // A broken line is reported by the loader with its line number; keep looking for one that names a version.
      }
    }
    return undefined;
  }
  const records: string[][] = [];
  const tokenizer = new CsvTokenizer();
  tokenizer.push(text, (record) => records.push(record.fields));
  if (whole) tokenizer.end((record) => records.push(record.fields));
  const column = records[0]?.indexOf('questionnaireVersion') ?? -1;
  if (column < 0) return undefined;
  return records.slice(1).find((fields) => fields[column])?.[column];
}

/**
 * Streams a response file into a response set. Problems with single rows
 * are in the result; a file that cannot be opened or is not UTF-8 throws.
 *
 * @throws CrmMaturityError FILE_UNREADABLE when the file cannot be read; INVALID_UTF8 when it is not UTF-8
 */
export async function readResponseFile(file: string, questionnaire: Questionnaire, format: ResponseFormat): Promise<LoadedResponseSet> {
  closeSync(openOrFail(file));
  try {
    return await loadResponseSet(questionnaire, createReadStream(file, { highWaterMark: 1 << 16 }), { format, maxReportedErrors: reportedProblems });
  } catch (error) {
    // Named by the file, where core can only say "input".
    if (isCrmMaturityError(error) && error.code === 'INVALID_UTF8') throw new CrmMaturityError(error.code, `${file}: is not valid UTF-8: ${error.details[0]?.message}`, error.details);
    throw error;
  }
}

function readStart(file: string): { text: string; whole: boolean } {
  const fd = openOrFail(file);
  try {
    const buffer = Buffer.alloc(peekBytes);
    const length = readSync(fd, buffer, 0, peekBytes, 0);
    // Not fatal: a bad byte here is reported with its position by the loader.
    const text = new TextDecoder('utf-8').decode(buffer.subarray(0, length)).replace(/^\uFEFF/, '');
    return { text, whole: length < peekBytes };
  } catch (error) {
    throw new CrmMaturityError('FILE_UNREADABLE', `${file}: cannot be read (${(error as NodeJS.ErrnoException).code})`);
  } finally {
    closeSync(fd);
  }
}

function openOrFail(file: string): number {
  let fd: number;
  try {
    fd = openSync(file, 'r');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new CrmMaturityError('FILE_UNREADABLE', `${file}: ${code === 'ENOENT' ? 'no such file' : `cannot be read (${code})`}`);
  }
  if (fstatSync(fd).isDirectory()) {
    closeSync(fd);
    throw new CrmMaturityError('FILE_UNREADABLE', `${file}: is a directory`);
  }
  return fd;
}
