/** A whole number with thousands separators, the same in every locale: 10000 → "10,000". */
export function count(value: number): string {
  return value.toLocaleString('en-US');
}

/** A share (0-1) as a whole percentage: 0.254 → "25%". */
export function percent(share: number): string {
  return `${Math.round(share * 100)}%`;
}
