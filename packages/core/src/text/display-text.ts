import { z } from 'zod';

/**
 * Characters no display text may hold, with the reason shown to the caller.
 * Bidirectional controls (Unicode's Bidi_Control property: U+061C,
 * U+200E-U+200F, U+202A-U+202E, U+2066-U+2069) can make a name read
 * differently from what it is ("Trojan Source"); control characters and
 * lone surrogates corrupt terminals, CSV and PDF output. They are refused,
 * not stripped: a name silently changed is worse than one sent back.
 */
const bidiControl = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/u;
/** C0 and C1 controls and DEL; a multi-line text keeps tab and line feed (and CR before LF, normalized away). */
const singleLineControl = /[\u0000-\u001F\u007F-\u009F\u2028\u2029]/u;
const multiLineControl = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/u;
/** Without the u flag, so that the halves of a pair are seen; `isWellFormed` is ES2024, beyond our lib. */
const loneSurrogate = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export type DisplayTextOptions = {
  /** Characters allowed, counted before trimming. */
  max: number;
  /** Characters required after trimming (default 1: not empty). */
  min?: number;
  /** Allows tab and line breaks (descriptions, evidence notes); names are single-line. */
  multiline?: boolean;
};

/**
 * What is wrong with a text as a display text, or undefined when nothing is.
 *
 * @example
 * displayTextProblem('Acme\u202Egnp.exe', false); // => 'contains U+202E (a bidirectional control character) at position 5'
 * displayTextProblem('Łódź Ünïted 株式会社', false); // => undefined
 */
export function displayTextProblem(text: string, multiline: boolean): string | undefined {
  const surrogate = loneSurrogate.exec(text);
  if (surrogate) return `contains a lone surrogate (not a character) at position ${positionOf(text, surrogate.index)}`;
  const bidi = bidiControl.exec(text);
  if (bidi) return `contains ${codePoint(bidi[0])} (a bidirectional control character) at position ${positionOf(text, bidi.index)}`;
  const control = (multiline ? multiLineControl : singleLineControl).exec(text.replace(/\r\n/g, '\n'));
  if (control) return `contains ${codePoint(control[0])} (a control character${multiline ? '' : ' or line break'}) at position ${positionOf(text, control.index)}`;
  return undefined;
}

/**
 * The one schema of "a display text": a name, label, business unit,
 * description or note that people read. Refuses control characters (a
 * multi-line text keeps tab and line breaks), bidirectional controls and
 * lone surrogates, naming the character and its position; then normalizes
 * to NFC, CRLF to LF, and trims. Length limits count characters as sent.
 *
 * @example
 * displayTextSchema({ max: 300 }).parse('  Cafe\u0301 Ltd '); // => 'Café Ltd' (NFC, trimmed)
 * displayTextSchema({ max: 300 }).safeParse('Acme\u0000').success; // => false
 */
export function displayTextSchema(options: DisplayTextOptions) {
  const min = options.min ?? 1;
  const multiline = options.multiline ?? false;
  const empty = min === 1 ? 'must not be empty' : `at least ${min} characters`;
  // min and max on the text as sent as well, so the JSON Schema of answer files keeps them.
  const sent = min > 0 ? z.string().min(min, empty) : z.string();
  return sent
    .max(options.max, `at most ${options.max} characters`)
    .superRefine((text, context) => {
      const problem = displayTextProblem(text, multiline);
      if (problem) context.addIssue({ code: 'custom', message: problem, input: text });
    })
    .transform((text) => text.replace(/\r\n/g, '\n').normalize('NFC').trim())
    .refine((text) => text.length >= min, empty);
}

function codePoint(character: string): string {
  return `U+${character.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
}

/** 1-based position in characters (code points), as a person counts. */
function positionOf(text: string, index: number): number {
  return [...text.slice(0, index)].length + 1;
}
