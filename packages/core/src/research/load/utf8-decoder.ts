/** Code units turned into a string per call: String.fromCharCode.apply takes at most this many comfortably. */
const unitsPerCall = 4096;

/** Where decoding stopped: the text decoded before it, and the byte at fault (counted over every chunk). */
export type Utf8Outcome = { text: string; invalid?: { byte: number; reason: 'invalid' | 'truncated' } };

/**
 * A strict, streaming UTF-8 decoder in plain ECMAScript (RFC 3629: no
 * overlong forms, no surrogates, nothing above U+10FFFF), so that core
 * decodes bytes without the platform's TextDecoder, which is a DOM and Node
 * API, not an ECMAScript one. A character whose bytes are split across
 * chunks is completed by the next chunk. It decodes exactly as
 * `new TextDecoder('utf-8', { fatal: true, ignoreBOM: true })` does (a
 * byte order mark is kept), which its tests check on random bytes; unlike
 * it, it says which byte is at fault: the first byte of the first sequence
 * that is not well formed.
 *
 * @example
 * const decoder = new Utf8Decoder();
 * decoder.decode(new Uint8Array([0x61, 0xe2, 0x82])); // => { text: 'a' } (the euro sign is not complete yet)
 * decoder.decode(new Uint8Array([0xac])); // => { text: '€' }
 * decoder.decode(new Uint8Array([0xff])); // => { text: '', invalid: { byte: 4, reason: 'invalid' } }
 */
export class Utf8Decoder {
  /** The start of a character cut off by the end of the previous chunk. */
  private carry = new Uint8Array(0);
  /** Bytes before the current chunk, the carry included. */
  private offset = 0;
  private readonly units = new Uint16Array(unitsPerCall + 1);

  /** The text of `chunk` (after the chunks before it), up to the first byte at fault if there is one. */
  decode(chunk: Uint8Array): Utf8Outcome {
    const bytes = this.carry.length === 0 ? chunk : joined(this.carry, chunk);
    const start = this.offset - this.carry.length;
    this.offset += chunk.length;
    this.carry = new Uint8Array(0);
    const parts: string[] = [];
    const units = this.units;
    let count = 0;
    const flush = () => {
      if (count > 0) parts.push(fromCodeUnits(units.subarray(0, count)));
      count = 0;
    };
    const stop = (at: number): Utf8Outcome => {
      flush();
      return { text: parts.join(''), invalid: { byte: start + at, reason: 'invalid' } };
    };
    let i = 0;
    while (i < bytes.length) {
      const lead = bytes[i]!;
      if (lead < 0x80) {
        // ASCII runs, the bulk of response files, become strings without a copy.
        let end = i + 1;
        while (end < bytes.length && bytes[end]! < 0x80) end++;
        flush();
        for (let from = i; from < end; from += unitsPerCall) parts.push(fromCodeUnits(bytes.subarray(from, Math.min(end, from + unitsPerCall))));
        i = end;
        continue;
      }
      const length = sequenceLength(lead);
      if (length === 0) return stop(i);
      const available = Math.min(length, bytes.length - i);
      for (let k = 1; k < available; k++) {
        if (!continues(lead, k, bytes[i + k]!)) return stop(i);
      }
      if (available < length) {
        this.carry = bytes.slice(i);
        break;
      }
      let point = lead & (0xff >> (length + 1));
      for (let k = 1; k < length; k++) point = (point << 6) | (bytes[i + k]! & 0x3f);
      if (point < 0x10000) units[count++] = point;
      else {
        units[count++] = 0xd800 + ((point - 0x10000) >> 10);
        units[count++] = 0xdc00 + ((point - 0x10000) & 0x3ff);
      }
      if (count >= unitsPerCall - 1) flush();
      i += length;
    }
    flush();
    return { text: parts.join('') };
  }

  /** The end of the input: a character still cut off is at fault, at the byte where its missing bytes should be. */
  end(): Utf8Outcome {
    if (this.carry.length === 0) return { text: '' };
    this.carry = new Uint8Array(0);
    return { text: '', invalid: { byte: this.offset, reason: 'truncated' } };
  }
}

/** 2, 3 or 4 for a lead byte RFC 3629 allows, 0 for anything else (a continuation byte, C0, C1, F5-FF). */
function sequenceLength(lead: number): number {
  if (lead >= 0xc2 && lead <= 0xdf) return 2;
  if (lead >= 0xe0 && lead <= 0xef) return 3;
  if (lead >= 0xf0 && lead <= 0xf4) return 4;
  return 0;
}

/**
 * Whether `byte` may stand at position `k` (1-based) after `lead`. The
 * second byte's range excludes overlong forms (after E0, F0), surrogates
 * (after ED) and code points above U+10FFFF (after F4).
 */
function continues(lead: number, k: number, byte: number): boolean {
  if (k > 1) return byte >= 0x80 && byte <= 0xbf;
  const low = lead === 0xe0 ? 0xa0 : lead === 0xf0 ? 0x90 : 0x80;
  const high = lead === 0xed ? 0x9f : lead === 0xf4 ? 0x8f : 0xbf;
  return byte >= low && byte <= high;
}

function joined(before: Uint8Array, after: Uint8Array): Uint8Array {
  const bytes = new Uint8Array(before.length + after.length);
  bytes.set(before);
  bytes.set(after, before.length);
  return bytes;
}

/** String.fromCharCode over a typed array: apply takes any array-like (its typing says number[]) and is many times faster than spreading. */
function fromCodeUnits(units: Uint8Array | Uint16Array): string {
  return String.fromCharCode.apply(null, units as unknown as number[]);
}
