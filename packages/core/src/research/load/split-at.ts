/**
 * Test support: cuts a byte array or string at the given offsets (any
 * order, repeats and out-of-range offsets allowed), so that a property can
 * feed the same file to a loader in arbitrary chunks.
 *
 * @example
 * splitAt('abcd', [3, 1]); // => ['a', 'bc', 'd']
 */
export function splitAt<T extends Uint8Array | string>(input: T, cuts: readonly number[]): T[] {
  const points = [...new Set(cuts.map((c) => Math.min(Math.max(Math.floor(c), 0), input.length)))].sort((a, b) => a - b);
  const chunks: T[] = [];
  let start = 0;
  for (const point of [...points, input.length]) {
    chunks.push((typeof input === 'string' ? input.slice(start, point) : input.subarray(start, point)) as T);
    start = point;
  }
  return chunks;
}
