import type { Questionnaire } from '../../model/questionnaire-schema';
import type { Issue } from '../../support/issue';
import { ResponseSetBuilder, type ResponseSet } from '../response-set';
import { decodeText } from './decode-text';
import type { ResponseChunks } from './response-chunks';
import type { ResponseEvent, ResponseFormat } from './response-event';
import { ResponseReader } from './response-reader';

/** One record that could not be loaded (or a CSV header that could not be used), e.g. "line 4: not valid JSON: ...". */
export type LoadError = { line: number; message: string; issues: Issue[] };

export type LoadedResponseSet = {
  set: ResponseSet;
  /** Records read (blank lines and the CSV header are not records), accepted into the set, and rejected. Always exact. */
  summary: { read: number; accepted: number; rejected: number };
  /** The first `maxReportedErrors` problems, in file order. */
  errors: LoadError[];
  /** Whether there were more problems than `errors` holds. */
  errorsTruncated: boolean;
};

export type LoadOptions = { format: ResponseFormat; maxReportedErrors?: number };

/**
 * Streams a response set into a `ResponseSet`: each valid row goes
 * straight into a `ResponseSetBuilder`, so memory holds numbers, never row
 * objects. No bad record is dropped silently: each is counted in the
 * summary and, up to `maxReportedErrors` (default 1000), reported with its
 * line and every reason. See `parseResponses` for what is checked.
 *
 * @param chunks UTF-8 bytes or text, e.g. `fs.createReadStream(path)`
 * @throws CrmMaturityError INVALID_UTF8 when the bytes are not valid UTF-8 (see `decodeText`)
 * @example
 * const { summary, errors } = await loadResponseSet(questionnaire, fs.createReadStream('set.jsonl'), { format: 'jsonl' });
 * // summary => { read: 20, accepted: 19, rejected: 1 }
 * // errors[0].message => 'line 17: information.sources: must be from 1 to 1000000, got 0'
 */
export async function loadResponseSet(questionnaire: Questionnaire, chunks: ResponseChunks, options: LoadOptions): Promise<LoadedResponseSet> {
  const maxReportedErrors = options.maxReportedErrors ?? 1000;
  const builder = new ResponseSetBuilder(questionnaire);
  const reader = new ResponseReader(questionnaire, options.format);
  const summary = { read: 0, accepted: 0, rejected: 0 };
  const errors: LoadError[] = [];
  let errorsTruncated = false;
  const report = (line: number, issues: Issue[]) => {
    if (errors.length < maxReportedErrors) errors.push({ line, message: `line ${line}: ${issues.map((i) => i.message).join('; ')}`, issues });
    else errorsTruncated = true;
  };
  const handle = (event: ResponseEvent) => {
    switch (event.kind) {
      case 'row':
        summary.read++;
        summary.accepted++;
        builder.add(event.row);
        break;
      case 'rejected':
        summary.read++;
        summary.rejected++;
        report(event.line, event.issues);
        break;
      case 'header':
        report(event.line, event.issues);
        break;
    }
  };
  for await (const text of decodeText(chunks)) reader.push(text, handle);
  reader.end(handle);
  return { set: builder.build(), summary, errors, errorsTruncated };
}
