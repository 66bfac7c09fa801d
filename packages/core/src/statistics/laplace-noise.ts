/** A source of uniform random numbers in the open interval (0, 1). */
export type UniformSource = () => number;

/**
 * One draw from the Laplace distribution with location 0 and the given
 * scale b (density e^(-|x|/b) / 2b, variance 2b²), by inversion of its CDF
 * (Devroye 1986, Non-Uniform Random Variate Generation, p. 39): for u
 * uniform in (0, 1), x = b·ln(2u) if u < ½, else -b·ln(2(1 - u)).
 *
 * The caller passes the randomness: for a release, a cryptographically
 * secure source (the API's `secureUniform`, Web Crypto through
 * `uniformFromRandomWords`), never `Math.random`, whose generator is
 * predictable; tests pass seeded or fixed draws. This is the textbook
 * floating-point sampler: it does not defend against the attack on
 * floating-point noise of Mironov (2012, "On significance of the least
 * significant bits for differential privacy"); releases should be rounded
 * (e.g. counts to whole numbers) before publication.
 *
 * @param scale b > 0 (sensitivity / epsilon for the Laplace mechanism)
 * @param random uniform source in (0, 1)
 * @returns the noise value
 * @throws {Error} when scale is not a positive finite number, or `random`
 *   returns a number outside (0, 1)
 * @example
 * laplaceNoise(2, () => 0.25); // => -1.3862943611198906 (= 2·ln 0.5)
 */
export function laplaceNoise(scale: number, random: UniformSource): number {
  if (!(scale > 0) || !Number.isFinite(scale)) throw new Error(`laplaceNoise requires a finite scale > 0, got ${scale}`);
  const u = random();
  if (!(u > 0 && u < 1)) throw new Error(`laplaceNoise requires random() to return a number in (0, 1), got ${u}`);
  return u < 0.5 ? scale * Math.log(2 * u) : -scale * Math.log(2 * (1 - u));
}
