import { afterEach, describe, expect, it, vi } from 'vitest';
import { cryptoUniform } from './crypto-uniform';

describe('cryptoUniform', () => {
  afterEach(() => vi.restoreAllMocks());

  it('draws from Web Crypto, never Math.random', () => {
    const crypto = vi.spyOn(globalThis.crypto, 'getRandomValues');
    const math = vi.spyOn(Math, 'random');
    const draws = Array.from({ length: 1000 }, () => cryptoUniform());
    expect(crypto).toHaveBeenCalled();
    expect(math).not.toHaveBeenCalled();
    expect(new Set(draws).size).toBe(1000);
    for (const u of draws) expect(u > 0 && u < 1).toBe(true);
  });

  it('maps the extreme 53-bit words inside (0, 1) and redraws zero', () => {
    const words = [
      [0, 0], // m = 0: rejected
      [0, 1], // m = 1 -> 2^-53
      [0xffffffff, 0xffffffff], // m = 2^53 - 1 -> 1 - 2^-53
    ];
    vi.spyOn(globalThis.crypto, 'getRandomValues').mockImplementation(<T extends ArrayBufferView | null>(array: T): T => {
      const next = words.shift() as number[];
      (array as unknown as Uint32Array).set(next);
      return array;
    });
    expect(cryptoUniform()).toBe(2 ** -53);
    expect(cryptoUniform()).toBe(1 - 2 ** -53);
  });
});
