import { describe, expect, it } from 'vitest';
import { uniformFromRandomWords } from './uniform-from-random-words';

describe('uniformFromRandomWords', () => {
  it('maps the extreme 53-bit words inside (0, 1) and redraws zero', () => {
    const words = [
      [0, 0], // m = 0: rejected
      [0, 1], // m = 1 -> 2^-53
      [0xffffffff, 0xffffffff], // m = 2^53 - 1 -> 1 - 2^-53
    ];
    const uniform = uniformFromRandomWords((array) => array.set(words.shift()!));
    expect(uniform()).toBe(2 ** -53);
    expect(uniform()).toBe(1 - 2 ** -53);
  });

  it('uses 21 bits of the first word and all 32 of the second', () => {
    const uniform = uniformFromRandomWords((array) => array.set([0x800, 0]));
    // 0x800 >>> 11 = 1, so m = 2^32.
    expect(uniform()).toBe(2 ** 32 / 2 ** 53);
  });
});
