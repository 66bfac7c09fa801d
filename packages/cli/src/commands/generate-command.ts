import {
  csvHeader,
  formatCsvRecord,
  generateResponses,
  responseRowToCsvRecord,
  type Questionnaire,
  type ResponseFormat,
} from '@crm-maturity/core';
import { exitCodes } from '../exit-codes';
import { count } from '../format/counts';
import type { CommandOutput } from './answer-commands';

export type GenerateOptions = {
  questionnaire: Questionnaire;
  count: number;
  seed: number;
  format: ResponseFormat;
  periods?: string[] | undefined;
  quiet: boolean;
};

/** Rows per write: big enough that a million rows are a few thousand writes, small enough to keep memory flat. */
const batchSize = 256;

/**
 * Writes synthetic rows to `out` as they are generated, waiting for 'drain'
 * whenever the stream is full, so memory stays flat however many rows are
 * asked for. A reader that goes away (`generate ... | head`) ends the run
 * quietly, as with any Unix filter.
 */
export async function generateCommand(options: GenerateOptions, out: NodeJS.WritableStream, log: (line: string) => void): Promise<CommandOutput> {
  const { questionnaire, format } = options;
  // The options were checked when parsed (option-values.ts), so a RangeError of the generator is a bug.
  const rows = generateResponses({ questionnaire, count: options.count, seed: options.seed, ...(options.periods ? { periods: options.periods } : {}) });
  const sink = new Sink(out);
  const batch: string[] = format === 'csv' ? [formatCsvRecord(csvHeader(questionnaire))] : [];
  for (const row of rows) {
    batch.push(format === 'csv' ? formatCsvRecord(responseRowToCsvRecord(questionnaire, row)) : JSON.stringify(row));
    if (batch.length >= batchSize) {
      if (!(await sink.write(`${batch.join('\n')}\n`))) return sink.end();
      batch.length = 0;
    }
  }
  if (batch.length > 0 && !(await sink.write(`${batch.join('\n')}\n`))) return sink.end();
  if (!options.quiet) log(`wrote ${count(options.count)} synthetic organization${options.count === 1 ? '' : 's'} (seed ${options.seed})`);
  return sink.end();
}

/** A writable with backpressure and its errors caught, so a closed pipe is a clean stop rather than a crash. */
class Sink {
  private failure: NodeJS.ErrnoException | undefined;
  private readonly onError = (error: NodeJS.ErrnoException) => {
    this.failure = error;
  };

  constructor(private readonly out: NodeJS.WritableStream) {
    out.on('error', this.onError);
  }

  /** Writes, waiting for 'drain' when asked to; false once the stream has failed. */
  async write(text: string): Promise<boolean> {
    if (this.failure) return false;
    if (!this.out.write(text)) await this.drained();
    return !this.failure;
  }

  /** Resolves on 'drain', or on 'close' or 'error' (recorded by `onError`), removing all three listeners. */
  private drained(): Promise<void> {
    return new Promise((resolve) => {
      const done = () => {
        for (const event of ['drain', 'close', 'error']) this.out.off(event, done);
        resolve();
      };
      for (const event of ['drain', 'close', 'error']) this.out.on(event, done);
    });
  }

  /** The outcome: 0, also when the reader left early (EPIPE); another write error is reported by whoever owns the stream. */
  end(): CommandOutput {
    this.out.off('error', this.onError);
    return { text: '', exitCode: this.failure && this.failure.code !== 'EPIPE' ? exitCodes.internal : exitCodes.ok };
  }
}
