import { describe, expect, it } from 'vitest';
import { formatCsvField, formatCsvRecord } from './format-csv-field';

describe('formatCsvField', () => {
  it('quotes only fields with a comma, a quote or a line break', () => {
    expect(formatCsvField('plain text')).toBe('plain text');
    expect(formatCsvField('')).toBe('');
    expect(formatCsvField('a,b')).toBe('"a,b"');
    expect(formatCsvField('say "hi"')).toBe('"say ""hi"""');
    expect(formatCsvField('two\nlines')).toBe('"two\nlines"');
    expect(formatCsvField('cr\r')).toBe('"cr\r"');
  });

  it('joins a record with commas', () => {
    expect(formatCsvRecord(['1', 'x,y', ''])).toBe('1,"x,y",');
  });
});
