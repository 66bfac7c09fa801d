/**
 * The rate at which a JavaScript loop on this machine can read memory
 * sequentially: a sum over a typed array far larger than the caches (four
 * accumulators, so the adds do not wait on each other). Reading the input
 * once at this rate is the bound no scoring kernel written here can beat.
 */
export function bandwidthProbe(bytes = 256 * 2 ** 20): { bytes: number; run(): number } {
  const values = new Float64Array(bytes / 8);
  for (let i = 0; i < values.length; i++) values[i] = i & 1023;
  return {
    bytes: values.byteLength,
    run() {
      let a = 0;
      let b = 0;
      let c = 0;
      let d = 0;
      const n = values.length;
      for (let i = 0; i < n; i += 4) {
        a += values[i]!;
        b += values[i + 1]!;
        c += values[i + 2]!;
        d += values[i + 3]!;
      }
      return a + b + c + d;
    },
  };
}
