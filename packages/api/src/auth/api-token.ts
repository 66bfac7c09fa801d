import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/** The visible prefix says what a leaked string is, so secret scanners can find it. */
const prefix = 'crmm_';

/** A new random bearer token (256 bits), shown once; only its hash is stored. */
export function newApiToken(): string {
  return `${prefix}${randomBytes(32).toString('base64url')}`;
}

/** SHA-256 of the token: a random 256-bit token needs no slow hash, and lookups by hash stay indexed. */
export function hashApiToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

export function looksLikeApiToken(token: string): boolean {
  return token.startsWith(prefix) && token.length === prefix.length + 43;
}

/** Constant-time comparison of two hex hashes. */
export function sameHash(a: string, b: string): boolean {
  const left = Buffer.from(a, 'hex');
  const right = Buffer.from(b, 'hex');
  return left.length === right.length && timingSafeEqual(left, right);
}
