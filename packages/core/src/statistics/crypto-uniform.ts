const TWO_POW_32 = 2 ** 32;
const TWO_POW_53 = 2 ** 53;

/**
 * A uniform random number in the open interval (0, 1) from the Web Crypto
 * generator (`globalThis.crypto.getRandomValues`, in browsers and Node 20):
 * m / 2⁵³ for a uniform 53-bit integer m (21 bits of one 32-bit word, all
 * 32 of another), redrawn in the 2⁻⁵³ case m = 0. Every m / 2⁵³ is an
 * exact double, so the grid is uniform and symmetric about ½ and never
 * yields 0 or 1, whose logarithms the Laplace sampler would turn into
 * infinities. Never `Math.random`, whose generator is predictable.
 *
 * @returns a number in (0, 1)
 * @throws {Error} when no Web Crypto generator is available
 * @example
 * cryptoUniform(); // => a number such as 0.6360318209589837
 */
export function cryptoUniform(): number {
  const crypto = globalThis.crypto;
  if (!crypto?.getRandomValues) throw new Error('cryptoUniform requires globalThis.crypto.getRandomValues');
  const words = new Uint32Array(2);
  for (;;) {
    crypto.getRandomValues(words);
    const m = ((words[0] as number) >>> 11) * TWO_POW_32 + (words[1] as number);
    if (m !== 0) return m / TWO_POW_53;
  }
}
