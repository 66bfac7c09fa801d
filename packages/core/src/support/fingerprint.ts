/**
 * A short, stable fingerprint of any JSON value: FNV-1a (64-bit) over its
 * canonical JSON (object keys sorted). A result records the fingerprint of
 * the questionnaire that scored it, so an edit to a published version's
 * data cannot pass unnoticed.
 *
 * @example
 * fingerprint({ b: 1, a: 2 }) === fingerprint({ a: 2, b: 1 }) // => true
 */
export function fingerprint(value: unknown): string {
  return fnv1a64(canonicalJson(value));
}

/** FNV-1a, 64-bit, over UTF-16 code units (ASCII text hashes as its bytes do). */
export function fnv1a64(text: string): string {
  let hash = 0xcbf29ce484222325n;
  const prime = 0x100000001b3n;
  const mask = 0xffffffffffffffffn;
  for (let i = 0; i < text.length; i++) {
    hash ^= BigInt(text.charCodeAt(i));
    hash = (hash * prime) & mask;
  }
  return hash.toString(16).padStart(16, '0');
}

export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}
