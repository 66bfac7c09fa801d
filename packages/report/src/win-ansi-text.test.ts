import { describe, expect, it } from 'vitest';
import { isWinAnsi, toWinAnsi } from './win-ansi-text';

describe('toWinAnsi', () => {
  it('keeps Western European text as it is', () => {
    expect(toWinAnsi('Société Générale – Müller & Søn “quoted” €5')).toEqual({ text: 'Société Générale – Müller & Søn “quoted” €5', replaced: false });
  });

  it('transliterates Latin letters the set lacks and shows other scripts as "?"', () => {
    expect(toWinAnsi('Łódź Ünïted 株式会社')).toEqual({ text: 'Lódz Ünïted ????', replaced: true });
    expect(toWinAnsi('Đặng Văn Ơn, İstanbul, Český')).toEqual({ text: 'Dang Van On, Istanbul, Ceský', replaced: true });
  });

  it('replaces typographic signs without flagging the text', () => {
    expect(toWinAnsi('≥ 5 → next')).toEqual({ text: '>= 5 -> next', replaced: false });
  });

  it('turns a character outside the Basic Multilingual Plane into one "?"', () => {
    expect(toWinAnsi('Rocket 🚀 Ltd')).toEqual({ text: 'Rocket ? Ltd', replaced: true });
  });

  it('produces only WinAnsi characters', () => {
    const sample = Array.from({ length: 0x3000 }, (_, i) => String.fromCodePoint(i + 0x20)).join('');
    expect([...toWinAnsi(sample).text].every(isWinAnsi)).toBe(true);
  });
});
