import type { Issue } from '../../support/issue';
import type { ResponseRow } from '../response-row-schema';

/** The two formats a response set is read from. */
export type ResponseFormat = 'jsonl' | 'csv';

/**
 * What reading a response set yields, one per record, with the 1-based
 * physical line the record starts on:
 * `row`, a valid row; `rejected`, a record that is not one, with every
 * reason; `header`, a CSV header that cannot be used (not a row; the
 * records after it are then all rejected).
 */
export type ResponseEvent =
  | { kind: 'row'; line: number; row: ResponseRow }
  | { kind: 'rejected'; line: number; issues: Issue[] }
  | { kind: 'header'; line: number; issues: Issue[] };
