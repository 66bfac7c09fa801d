/**
 * Bytes that are not UTF-8, with where: the 1-based line (as the loaders
 * number lines) and the 0-based byte offset of the first bad byte.
 */
export class InvalidUtf8Error extends Error {
  constructor(
    readonly line: number,
    readonly byte: number,
    reason: 'invalid' | 'truncated',
  ) {
    super(
      reason === 'invalid'
        ? `input is not valid UTF-8: line ${line} holds an invalid byte sequence at byte ${byte}`
        : `input is not valid UTF-8: it ends inside a multi-byte character on line ${line} (byte ${byte})`,
    );
    this.name = 'InvalidUtf8Error';
  }
}

/**
 * The offset of the first byte in `bytes[from..]` that does not belong to a
 * well-formed UTF-8 sequence (RFC 3629: no overlongs, no surrogates, at
 * most U+10FFFF), or -1. A sequence cut off by the end counts as valid:
 * the next chunk may complete it.
 */
export function firstInvalidUtf8Byte(bytes: Uint8Array, from = 0): number {
  let i = from;
  while (i < bytes.length) {
    const lead = bytes[i]!;
    if (lead < 0x80) {
      i++;
      continue;
    }
    let length: number;
    let low = 0x80;
    let high = 0xbf;
    if (lead >= 0xc2 && lead <= 0xdf) length = 2;
    else if (lead >= 0xe0 && lead <= 0xef) {
      length = 3;
      if (lead === 0xe0) low = 0xa0;
      if (lead === 0xed) high = 0x9f;
    } else if (lead >= 0xf0 && lead <= 0xf4) {
      length = 4;
      if (lead === 0xf0) low = 0x90;
      if (lead === 0xf4) high = 0x8f;
    } else return i;
    for (let k = 1; k < length; k++) {
      if (i + k >= bytes.length) return -1;
      const next = bytes[i + k]!;
      if (next < (k === 1 ? low : 0x80) || next > (k === 1 ? high : 0xbf)) return i;
    }
    i += length;
  }
  return -1;
}
