/**
 * Answer shares for a question without a published figure, indexed from the
 * answer that earns the fewest points to the one that earns the most.
 * They put most organizations in the lower-middle answers with a thinner
 * top, which lands the overall index mostly in Tactical and Advanced with
 * a tail into Strategic and Innovative, as the research describes
 * (few organizations are at the top of any practice). Scales of other
 * lengths get equal shares.
 */
const defaults: Readonly<Record<number, readonly number[]>> = {
  2: [0.6, 0.4],
  3: [0.3, 0.45, 0.25],
  4: [0.22, 0.36, 0.28, 0.14],
  5: [0.14, 0.28, 0.27, 0.19, 0.12],
  6: [0.1, 0.2, 0.24, 0.21, 0.15, 0.1],
};

/** Default inclusion probability of each combinable option of a multiple-choice question. */
export const defaultOptionShare = 0.4;

/**
 * The default marginal over `count` ordered answer categories.
 *
 * @param count how many categories, at least 1
 * @returns shares summing to 1, fewest points first
 * @throws {RangeError} when count is not a whole number of at least 1
 * @example
 * defaultMarginal(2); // => [0.6, 0.4]
 */
export function defaultMarginal(count: number): number[] {
  if (!Number.isInteger(count) || count < 1) throw new RangeError(`defaultMarginal requires a whole number of categories of at least 1, got ${count}`);
  return [...(defaults[count] ?? Array.from({ length: count }, () => 1 / count))];
}
