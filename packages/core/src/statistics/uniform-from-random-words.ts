import type { UniformSource } from './laplace-noise';

const TWO_POW_32 = 2 ** 32;
const TWO_POW_53 = 2 ** 53;

/**
 * A uniform source in the open interval (0, 1) built on a generator of
 * random 32-bit words (for a release: Web Crypto's `getRandomValues`, which
 * the caller passes in, because core uses no platform API): m / 2⁵³ for a
 * uniform 53-bit integer m (21 bits of one word, all 32 of another),
 * redrawn in the 2⁻⁵³ case m = 0. Every m / 2⁵³ is an exact double, so the
 * grid is uniform and symmetric about ½ and never yields 0 or 1, whose
 * logarithms the Laplace sampler would turn into infinities.
 *
 * @param fillWords fills its argument with random words (e.g. `(words) => crypto.getRandomValues(words)`)
 * @returns a source of numbers in (0, 1)
 * @example
 * const uniform = uniformFromRandomWords((words) => crypto.getRandomValues(words));
 * uniform(); // => a number such as 0.6360318209589837
 */
export function uniformFromRandomWords(fillWords: (words: Uint32Array) => unknown): UniformSource {
  const words = new Uint32Array(2);
  return () => {
    for (;;) {
      fillWords(words);
      const m = ((words[0] as number) >>> 11) * TWO_POW_32 + (words[1] as number);
      if (m !== 0) return m / TWO_POW_53;
    }
  };
}
