import { describe, expect, it } from 'vitest';
import { displayTextSchema } from './display-text';

const name = displayTextSchema({ max: 50 });
const note = displayTextSchema({ max: 50, min: 0, multiline: true });
const message = (schema: typeof name, value: string) => {
  const parsed = schema.safeParse(value);
  return parsed.success ? parsed.data : parsed.error.issues.map((i) => i.message);
};

describe('displayTextSchema', () => {
  it('keeps any script, normalizes to NFC and trims', () => {
    expect(name.parse('Łódź Ünïted 株式会社')).toBe('Łódź Ünïted 株式会社');
    // "e" + combining acute (2 code units) becomes "é" (1).
    expect(name.parse('  Cafe\u0301 ')).toBe('Caf\u00e9');
    expect(note.parse('line one\r\nline two\tend\n')).toBe('line one\nline two\tend');
  });

  it.each([
    ['\u202E', 'U+202E (a bidirectional control character) at position 5'],
    ['\u202A', 'U+202A (a bidirectional control character) at position 5'],
    ['\u2066', 'U+2066 (a bidirectional control character) at position 5'],
    ['\u2069', 'U+2069 (a bidirectional control character) at position 5'],
    ['\u200F', 'U+200F (a bidirectional control character) at position 5'],
  ])('refuses the bidirectional control %j, naming it and where', (character, expected) => {
    expect(message(name, `Acme${character}gnp.exe`)).toEqual([`contains ${expected}`]);
    expect(message(note, `Acme${character}gnp.exe`)).toEqual([`contains ${expected}`]);
  });

  it('refuses control characters; a multi-line text keeps tab and line breaks only', () => {
    expect(message(name, 'Ac\u0000me')).toEqual(['contains U+0000 (a control character or line break) at position 3']);
    expect(message(name, 'Ac\nme')).toEqual(['contains U+000A (a control character or line break) at position 3']);
    expect(message(name, 'Ac\u0085me')).toEqual(['contains U+0085 (a control character or line break) at position 3']);
    expect(message(note, 'Ac\u001Bme')).toEqual(['contains U+001B (a control character) at position 3']);
    expect(message(note, 'Ac\u007Fme')).toEqual(['contains U+007F (a control character) at position 3']);
  });

  it('refuses lone surrogates, high or low', () => {
    expect(message(name, 'ab\uD800')).toEqual(['contains a lone surrogate (not a character) at position 3']);
    expect(message(name, '\uDC00ab')).toEqual(['contains a lone surrogate (not a character) at position 1']);
    // A proper pair is one character, and fine.
    expect(name.parse('ab😀')).toBe('ab😀');
  });

  it('counts positions in characters, not UTF-16 units', () => {
    expect(message(name, '😀😀\u202E')).toEqual(['contains U+202E (a bidirectional control character) at position 3']);
  });

  it('refuses an empty or blank name but allows an empty note, and limits the length', () => {
    expect(message(name, '   ')).toEqual(['must not be empty']);
    expect(note.parse('  ')).toBe('');
    expect(message(name, 'x'.repeat(51))).toEqual(['at most 50 characters']);
  });
});
