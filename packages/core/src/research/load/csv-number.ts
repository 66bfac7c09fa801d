// The syntax String(number) writes, and no more: no blanks, hex, "Infinity" or "".
const numberPattern = /^-?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;

/**
 * Reads a number from a CSV cell, accepting plain decimal and exponent
 * notation only, or `undefined` when the cell is not such a number.
 *
 * @example
 * parseCsvNumber('2.5e-3'); // => 0.0025
 * parseCsvNumber(' 7'); // => undefined
 */
export function parseCsvNumber(cell: string): number | undefined {
  return numberPattern.test(cell) ? Number(cell) : undefined;
}
