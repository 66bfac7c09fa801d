/**
 * Text for the 14 standard PDF fonts, which show only the WinAnsi
 * (Windows-1252) characters. The report embeds no font, so that it stays
 * small, fast and byte-for-byte reproducible; a character outside WinAnsi
 * is transliterated when it is a Latin letter with a mark the set lacks
 * (Ł → L, ź → z, ő → o) and printed as "?" otherwise (株 → ?). `replaced`
 * tells the caller to say so: the report notes it on the cover and keeps
 * the exact name in the document's Title, which is stored in Unicode.
 *
 * @example
 * toWinAnsi('Łódź Ünïted 株式会社') // => { text: 'Lódz Ünïted ????', replaced: true }
 */
export function toWinAnsi(text: string): { text: string; replaced: boolean } {
  let out = '';
  let replaced = false;
  for (const char of text.normalize('NFC')) {
    if (isWinAnsi(char)) {
      out += char;
      continue;
    }
    const substitute = substitutes[char] ?? stripMarks(char);
    if (substitute === undefined) {
      out += '?';
      replaced = true;
    } else {
      out += substitute;
      // Typographic stand-ins (≥ for >=, a non-breaking hyphen) change nothing a reader needs to know.
      if (!(char in typographic)) replaced = true;
    }
  }
  return { text: out, replaced };
}

/** The WinAnsi characters above Latin-1's printable range start, from the 0x80-0x9F row of Windows-1252. */
const windows1252Extras = new Set('€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ');

export function isWinAnsi(char: string): boolean {
  const code = char.codePointAt(0)!;
  return char === '\n' || (code >= 0x20 && code <= 0x7e) || (code >= 0xa0 && code <= 0xff) || windows1252Extras.has(char);
}

const typographic: Record<string, string> = {
  '≥': '>=',
  '≤': '<=',
  '−': '-',
  '‐': '-',
  '‑': '-',
  '→': '->',
  '←': '<-',
  '′': "'",
  '″': '"',
  '\u2009': ' ',
  '\u202f': ' ',
  '\u200b': '',
};

/** Latin letters whose mark is not a combining one, so that decomposition alone does not find the base letter. */
const substitutes: Record<string, string> = {
  ...typographic,
  Ł: 'L',
  ł: 'l',
  Đ: 'D',
  đ: 'd',
  Ħ: 'H',
  ħ: 'h',
  ı: 'i',
  Ŧ: 'T',
  ŧ: 't',
  ŉ: "'n",
  Ŋ: 'N',
  ŋ: 'n',
  ĸ: 'k',
  ſ: 's',
  Ǝ: 'E',
  ə: 'e',
  Ə: 'E',
};

function stripMarks(char: string): string | undefined {
  const base = char.normalize('NFD').replace(/\p{M}/gu, '');
  if (base === '' || base === char) return undefined;
  return [...base].every(isWinAnsi) ? base : undefined;
}
