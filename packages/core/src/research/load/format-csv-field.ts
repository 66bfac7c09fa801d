const needsQuotes = /[",\r\n]/;

/**
 * Quotes a CSV field when RFC 4180 requires it: when it holds a comma, a
 * double quote or a line break; quotes inside are written twice.
 *
 * @example
 * formatCsvField('plain'); // => 'plain'
 * formatCsvField('a, "b"'); // => '"a, ""b"""'
 */
export function formatCsvField(value: string): string {
  return needsQuotes.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/**
 * One CSV line from its fields, quoted as needed, without the line break.
 *
 * @example
 * formatCsvRecord(['1', 'x,y']); // => '1,"x,y"'
 */
export function formatCsvRecord(fields: readonly string[]): string {
  return fields.map(formatCsvField).join(',');
}
