/**
 * Timing that survives a shared, noisy machine: each variant runs
 * `rounds` times, interleaved with the others so that a burst of load hits
 * all of them alike, and the median is kept. Figures are reported as
 * ratios to a baseline measured in the same run.
 */
export type Timed = { name: string; medianMs: number; samplesMs: number[] };

export async function timeInterleaved(
  variants: { name: string; run: () => unknown | Promise<unknown> }[],
  rounds = 5,
  warmup = 1,
): Promise<Timed[]> {
  const samples = variants.map(() => [] as number[]);
  for (let round = 0; round < warmup + rounds; round++) {
    for (const [i, variant] of variants.entries()) {
      const start = performance.now();
      await variant.run();
      const elapsed = performance.now() - start;
      if (round >= warmup) samples[i]!.push(elapsed);
    }
  }
  return variants.map((variant, i) => ({ name: variant.name, medianMs: median(samples[i]!), samplesMs: samples[i]! }));
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = (sorted.length - 1) / 2;
  return (sorted[Math.floor(mid)]! + sorted[Math.ceil(mid)]!) / 2;
}

export type Figure = {
  suite: string;
  figure: string;
  value: string;
  /** The ratio, the baseline it is against, and the target it must meet. */
  ratio?: number;
  baseline?: string;
  target?: string;
  pass?: boolean;
};

export function formatMs(ms: number): string {
  return ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(1)} ms`;
}

/** "748 ms (731–802)": the median and the min–max of the rounds, so a reader sees the noise. */
export function formatTimed(timed: Timed, scale = 1, unit = 'ms', digits = 1): string {
  const values = timed.samplesMs.map((v) => v * scale);
  return `${(timed.medianMs * scale).toFixed(digits)} ${unit} (${Math.min(...values).toFixed(digits)}–${Math.max(...values).toFixed(digits)})`;
}

/** Rows per second as "1.34 M rows/s (1.21–1.40)": median, then the slowest and fastest round. */
export function formatRate(timed: Timed, rows: number): string {
  const rate = (ms: number) => rows / ms / 1000;
  return `${rate(timed.medianMs).toFixed(2)} M rows/s (${rate(Math.max(...timed.samplesMs)).toFixed(2)}–${rate(Math.min(...timed.samplesMs)).toFixed(2)})`;
}
