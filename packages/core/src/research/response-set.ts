import type { Questionnaire } from '../model/questionnaire-schema';
import { industrySchema, regionSchema, sizeBandSchema } from '../model/profile';
import { encodeAnswer } from './answer-codes';
import type { ResponseRow } from './response-row-schema';

export const industries = industrySchema.options;
export const sizeBands = sizeBandSchema.options;
export const regions = regionSchema.options;

/**
 * Many organizations' answers in columns: profile fields as small integer
 * codes (indexes into `industries`, `sizeBands`, `regions`, `periods`) and
 * every answer as one number (see answer-codes.ts), row-major in
 * `answers` (row × questionCount). Built with `ResponseSetBuilder`.
 */
export type ResponseSet = {
  questionnaire: Questionnaire;
  size: number;
  ids: string[];
  industry: Uint8Array;
  sizeBand: Uint8Array;
  region: Uint8Array;
  period: Uint16Array;
  periods: string[];
  weight: Float64Array;
  synthetic: Uint8Array;
  answers: Float64Array;
};

/**
 * Collects rows into a ResponseSet, growing its typed arrays by half again,
 * so a streamed file of any length is held as numbers, never as objects.
 * Rows must already be valid for the questionnaire (see `checkResponseRow`).
 */
export class ResponseSetBuilder {
  private capacity: number;
  private count = 0;
  private readonly ids: string[] = [];
  private readonly periodIndex = new Map<string, number>();
  private industry: Uint8Array;
  private sizeBand: Uint8Array;
  private region: Uint8Array;
  private period: Uint16Array;
  private weight: Float64Array;
  private synthetic: Uint8Array;
  private answers: Float64Array;
  private readonly questionCount: number;

  constructor(
    readonly questionnaire: Questionnaire,
    initialCapacity = 1024,
  ) {
    this.capacity = Math.max(1, initialCapacity);
    this.questionCount = questionnaire.questions.length;
    this.industry = new Uint8Array(this.capacity);
    this.sizeBand = new Uint8Array(this.capacity);
    this.region = new Uint8Array(this.capacity);
    this.period = new Uint16Array(this.capacity);
    this.weight = new Float64Array(this.capacity);
    this.synthetic = new Uint8Array(this.capacity);
    this.answers = new Float64Array(this.capacity * this.questionCount);
  }

  get size(): number {
    return this.count;
  }

  add(row: ResponseRow): void {
    if (this.count === this.capacity) this.grow();
    const i = this.count++;
    this.ids.push(row.id);
    this.industry[i] = industries.indexOf(row.industry);
    this.sizeBand[i] = sizeBands.indexOf(row.sizeBand);
    this.region[i] = regions.indexOf(row.region);
    let period = this.periodIndex.get(row.period);
    if (period === undefined) {
      period = this.periodIndex.size;
      this.periodIndex.set(row.period, period);
    }
    this.period[i] = period;
    this.weight[i] = row.weight ?? 1;
    this.synthetic[i] = row.synthetic ? 1 : 0;
    const base = i * this.questionCount;
    this.questionnaire.questions.forEach((question, q) => {
      this.answers[base + q] = encodeAnswer(question, row.answers[question.id]);
    });
  }

  build(): ResponseSet {
    const n = this.count;
    return {
      questionnaire: this.questionnaire,
      size: n,
      ids: this.ids,
      // Views, not copies: copying a million rows' answers would double the peak memory.
      industry: this.industry.subarray(0, n),
      sizeBand: this.sizeBand.subarray(0, n),
      region: this.region.subarray(0, n),
      period: this.period.subarray(0, n),
      periods: [...this.periodIndex.keys()],
      weight: this.weight.subarray(0, n),
      synthetic: this.synthetic.subarray(0, n),
      answers: this.answers.subarray(0, n * this.questionCount),
    };
  }

  private grow(): void {
    // 1.5x keeps the transient old-plus-new copy smaller than doubling would.
    this.capacity = Math.ceil(this.capacity * 1.5);
    const grown = <T extends Uint8Array | Uint16Array | Float64Array>(old: T, make: (n: number) => T, width = 1): T => {
      const next = make(this.capacity * width);
      next.set(old);
      return next;
    };
    this.industry = grown(this.industry, (n) => new Uint8Array(n));
    this.sizeBand = grown(this.sizeBand, (n) => new Uint8Array(n));
    this.region = grown(this.region, (n) => new Uint8Array(n));
    this.period = grown(this.period, (n) => new Uint16Array(n));
    this.weight = grown(this.weight, (n) => new Float64Array(n));
    this.synthetic = grown(this.synthetic, (n) => new Uint8Array(n));
    this.answers = grown(this.answers, (n) => new Float64Array(n), this.questionCount);
  }
}
