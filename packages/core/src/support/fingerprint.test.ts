import { describe, expect, it } from 'vitest';
import { canonicalJson, fingerprint, fnv1a64 } from './fingerprint';

describe('fingerprint', () => {
  it('matches published FNV-1a 64 test vectors', () => {
    // Test vectors from the FNV reference code (Fowler, Noll, Vo), FNV-1a 64-bit.
    expect(fnv1a64('')).toBe('cbf29ce484222325');
    expect(fnv1a64('a')).toBe('af63dc4c8601ec8c');
    expect(fnv1a64('foobar')).toBe('85944171f73967e8');
  });

  it('ignores key order and undefined members, and sees any change of value', () => {
    expect(fingerprint({ b: 1, a: [1, { d: 2, c: 3 }] })).toBe(fingerprint({ a: [1, { c: 3, d: 2 }], b: 1, e: undefined }));
    expect(fingerprint({ a: 1 })).not.toBe(fingerprint({ a: 2 }));
    expect(canonicalJson({ b: 1, a: 'x' })).toBe('{"a":"x","b":1}');
    expect(fingerprint({ b: 1, a: 'x' })).toBe(fnv1a64('{"a":"x","b":1}'));
  });
});
