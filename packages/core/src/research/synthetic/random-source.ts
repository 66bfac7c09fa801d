import { uniformFloat64 } from 'pure-rand/distribution/uniformFloat64';
import { xoroshiro128plusFromState } from 'pure-rand/generator/xoroshiro128plus';
import type { RandomGenerator } from 'pure-rand/types/RandomGenerator';
import { normalDeviate } from './as241-normal-quantile';

/** Half of the spacing of `uniformFloat64` (2⁻⁵³): shifts its [0, 1) grid into the open interval (0, 1). */
const halfStep = 2 ** -54;

/**
 * The only source of randomness of the synthetic generator: pure-rand's
 * xoroshiro128+ drawn in place (53-bit uniforms), so a seed fixes every
 * value. Uniforms lie strictly inside (0, 1); normals are their AS 241
 * inverses, one uniform each, so the stream never branches on a value.
 */
export type RandomSource = {
  /** A uniform number strictly between 0 and 1. */
  uniform(): number;
  /** A standard normal deviate. */
  normal(): number;
};

/**
 * A seeded random source. The 32-bit seed is spread over the 128-bit
 * xoroshiro state with SplitMix32 (the finalizer of Steele, Lea & Flood's
 * SplitMix), because pure-rand's own `xoroshiro128plus(seed)` puts the seed
 * into the state almost unchanged and its first outputs track the seed.
 *
 * @param seed a whole number from 0 to 4294967295
 * @throws {RangeError} when the seed is not such a number
 * @example
 * const a = randomSource(1).uniform();
 * a === randomSource(1).uniform(); // => true
 */
export function randomSource(seed: number): RandomSource {
  if (!Number.isInteger(seed) || seed < 0 || seed > 0xffffffff) {
    throw new RangeError(`a synthetic seed must be a whole number from 0 to 4294967295, got ${seed}`);
  }
  let counter = seed | 0;
  const next = () => {
    counter = (counter + 0x9e3779b9) | 0;
    let z = counter;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
    return z ^ (z >>> 16);
  };
  const state: number[] = [next(), next(), next(), next()];
  if (!state.some((word) => word !== 0)) state[0] = 1; // xoroshiro's one forbidden state
  const rng: RandomGenerator = xoroshiro128plusFromState(state);
  return {
    uniform: () => uniformFloat64(rng) + halfStep,
    normal: () => normalDeviate(uniformFloat64(rng) + halfStep),
  };
}
