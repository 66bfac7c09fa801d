/**
 * The whole-job bench's agreement check, apart from the suite so that a
 * test can show it fails when the two sides disagree.
 */
type CliCell = { status: string; label: string; values: { industry?: string; sizeBand?: string }; summary?: { n: number; overall: { mean: number; quartiles?: [number, number, number] | null }; dimensions: { mean: number }[] } };
export type CliRelease = { groupings: { fields: string[]; cells: CliCell[] }[] };
export type DuckRow = { industry: string | null; sizeBand: string | null; n: number; mean: number; quartiles: number[]; [dimension: string]: unknown };
export type WholeJobCheck = { cells: number; released: number; maxMeanDifference: number; maxQuartileDifference: number };

/** Every cell of the CLI's release against DuckDB's row for it; throws on a disagreement. */
export function compareWholeJob(release: CliRelease, rows: DuckRow[], where: string): WholeJobCheck {
  const key = (industry: string | null | undefined, size: string | null | undefined) => `${industry ?? '*'}|${size ?? '*'}`;
  const byKey = new Map(rows.map((row) => [key(row.industry, row.sizeBand), row]));
  const seen = new Set<string>();
  let released = 0;
  let maxMeanDifference = 0;
  let maxQuartileDifference = 0;
  for (const grouping of release.groupings) {
    for (const cell of grouping.cells) {
      const k = key(cell.values.industry, cell.values.sizeBand);
      const row = byKey.get(k);
      if (!row) throw new Error(`whole job (${where}): DuckDB has no row for ${cell.label}`);
      seen.add(k);
      if (cell.status !== 'released' || !cell.summary) continue;
      released++;
      const fail = (what: string, ours: unknown, theirs: unknown) => {
        throw new Error(`whole job (${where}): ${cell.label}: ${what} is ${String(ours)} from the CLI, ${String(theirs)} from DuckDB`);
      };
      if (cell.summary.n !== row.n) fail('n', cell.summary.n, row.n);
      const means: [string, number, number][] = [['overall mean', cell.summary.overall.mean, row.mean], ...cell.summary.dimensions.map((d, i): [string, number, number] => [`dimension ${i} mean`, d.mean, Number(row[`d${i}_mean`])])];
      for (const [what, ours, theirs] of means) {
        const difference = Math.abs(ours - theirs);
        if (difference > 0.05 + 1e-9) fail(what, ours, theirs);
        maxMeanDifference = Math.max(maxMeanDifference, difference);
      }
      cell.summary.overall.quartiles?.forEach((q, i) => (maxQuartileDifference = Math.max(maxQuartileDifference, Math.abs(q - row.quartiles[i]!))));
    }
  }
  const extra = rows.filter((row) => !seen.has(key(row.industry, row.sizeBand)));
  if (extra.length) throw new Error(`whole job (${where}): DuckDB has cells the CLI does not list: ${extra.map((r) => key(r.industry, r.sizeBand)).join(', ')}`);
  return { cells: seen.size, released, maxMeanDifference, maxQuartileDifference };
}
