/**
 * The attacker of the release tests, written apart from the code it
 * attacks: every released cell of every release tells the sum of the
 * scores of the organizations it counted, one linear equation whose
 * unknowns are the organizations themselves. An organization's score is
 * recovered exactly when its unit vector lies in the row space of the
 * equations. Plain dense elimination with partial pivoting: slow, obvious,
 * and independent of the release's own audit.
 */
export function recoverableOrganizations(organizations: number, equations: readonly (readonly number[])[]): number[] {
  const rows = equations.map((members) => {
    const row = new Array<number>(organizations).fill(0);
    for (const m of members) row[m] = 1;
    return row;
  });
  const basis = echelon(rows);
  const recovered: number[] = [];
  for (let i = 0; i < organizations; i++) {
    const unit = new Array<number>(organizations).fill(0);
    unit[i] = 1;
    if (echelon([...basis, unit]).length === basis.length) recovered.push(i);
  }
  return recovered;
}

function echelon(input: number[][]): number[][] {
  const m = input.map((r) => [...r]);
  const width = m[0]?.length ?? 0;
  let r = 0;
  for (let c = 0; c < width && r < m.length; c++) {
    let pivot = r;
    for (let i = r + 1; i < m.length; i++) if (Math.abs(m[i]![c]!) > Math.abs(m[pivot]![c]!)) pivot = i;
    if (Math.abs(m[pivot]![c]!) < 1e-9) continue;
    [m[r], m[pivot]] = [m[pivot]!, m[r]!];
    for (let i = 0; i < m.length; i++) {
      if (i === r) continue;
      const factor = m[i]![c]! / m[r]![c]!;
      if (factor !== 0) for (let j = c; j < width; j++) m[i]![j]! -= factor * m[r]![j]!;
    }
    r++;
  }
  return m.slice(0, r);
}
