/**
 * The attacker of the disclosure tests, written apart from the code it
 * attacks: every released cell tells the sum of the scores of the
 * organizations it counted, one linear equation whose unknowns are the
 * organizations (or the finest cells) themselves. Plain dense elimination
 * with partial pivoting: slow, obvious, and independent of the releases'
 * own audits.
 */

/** The rank of a set of rows. */
export function rank(rows: readonly (readonly number[])[]): number {
  return reducedEchelon(rows).length;
}

/**
 * The organizations whose score the equations give away exactly: those
 * whose unit vector lies in the equations' row space, i.e. for which the
 * reduced row echelon form holds a row with that organization alone.
 */
export function recoverableOrganizations(organizations: number, equations: readonly (readonly number[])[]): number[] {
  const rows = equations.map((members) => {
    const row = new Array<number>(organizations).fill(0);
    for (const m of members) row[m] = 1;
    return row;
  });
  return reducedEchelon(rows).flatMap((row) => {
    const nonZero = row.flatMap((x, j) => (Math.abs(x) > 1e-9 ? [j] : []));
    return nonZero.length === 1 ? nonZero : [];
  });
}

/** The non-zero rows of the reduced row echelon form. */
function reducedEchelon(input: readonly (readonly number[])[]): number[][] {
  const m = input.map((r) => [...r]);
  const width = m[0]?.length ?? 0;
  let r = 0;
  for (let c = 0; c < width && r < m.length; c++) {
    let pivot = r;
    for (let i = r + 1; i < m.length; i++) if (Math.abs(m[i]![c]!) > Math.abs(m[pivot]![c]!)) pivot = i;
    if (Math.abs(m[pivot]![c]!) < 1e-9) continue;
    [m[r], m[pivot]] = [m[pivot]!, m[r]!];
    const scale = m[r]![c]!;
    for (let j = c; j < width; j++) m[r]![j]! /= scale;
    for (let i = 0; i < m.length; i++) {
      if (i === r) continue;
      const factor = m[i]![c]!;
      if (factor !== 0) for (let j = c; j < width; j++) m[i]![j]! -= factor * m[r]![j]!;
    }
    r++;
  }
  return m.slice(0, r);
}
