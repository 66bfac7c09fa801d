/**
 * A seeded uniform source in (0, 1) for deterministic tests of the noise
 * samplers: SplitMix64 (Steele, Lea & Flood 2014), 53 bits per draw.
 * Not for production: predictable by design. Not exported from the index.
 */
export function seededUniform(seed: number): () => number {
  let state = BigInt.asUintN(64, BigInt(seed));
  return () => {
    for (;;) {
      state = BigInt.asUintN(64, state + 0x9e3779b97f4a7c15n);
      let z = state;
      z = BigInt.asUintN(64, (z ^ (z >> 30n)) * 0xbf58476d1ce4e5b9n);
      z = BigInt.asUintN(64, (z ^ (z >> 27n)) * 0x94d049bb133111ebn);
      z ^= z >> 31n;
      const m = Number(z >> 11n);
      if (m !== 0) return m / 2 ** 53;
    }
  };
}
