import { afterEach, describe, expect, it, vi } from 'vitest';
import { secureUniform } from './secure-uniform';

describe('secureUniform', () => {
  afterEach(() => vi.restoreAllMocks());

  it('draws from Web Crypto, never Math.random', () => {
    const crypto = vi.spyOn(globalThis.crypto, 'getRandomValues');
    const math = vi.spyOn(Math, 'random');
    const draws = Array.from({ length: 1000 }, () => secureUniform());
    expect(crypto).toHaveBeenCalled();
    expect(math).not.toHaveBeenCalled();
    expect(new Set(draws).size).toBe(1000);
    for (const u of draws) expect(u > 0 && u < 1).toBe(true);
  });
});
