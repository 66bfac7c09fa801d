import type { ProfileField } from '../response-row-schema';
import { recoverableCells } from './differencing-audit';

/** The smallest minimum cohort size that may be configured. */
export const lowestMinimumSize = 3;
export const defaultMinimumSize = 5;

/**
 * Why a cell is withheld: too few organizations; withheld so that a smaller
 * withheld cell cannot be worked out by subtraction; or withheld because,
 * with the other cells or with earlier releases, it would single out fewer
 * than the minimum (see `smallGroupExposures`). Only an admin sees reasons:
 * a release lists released cells only.
 */
export type SuppressionReason = 'below_minimum' | 'complementary' | 'differencing';

export type DisclosureCell = { fields: readonly ProfileField[]; values: Partial<Record<ProfileField, string>>; n: number };

/**
 * Decides which cells of several overlapping groupings to withhold.
 * Primary: every cell with fewer than `minSize` organizations.
 * Complementary: whenever a released cell (the parent, e.g. "insurance")
 * is split by a finer grouping (e.g. insurance by size band) and some of
 * its children are withheld, the withheld children together must be at
 * least two cells holding at least `minSize` organizations — otherwise
 * parent minus released children would give them away. Released children
 * are withheld smallest first until that holds (or, failing that, the
 * parent); this repeats until nothing changes, because each new
 * suppression can expose another parent.
 *
 *
 * With `atoms` (the non-empty cells of all fields combined), the result is
 * then audited against the full linear differencing attack
 * (`recoverableCells`), which also catches what crossing groupings (industry
 * and size band margins with their table) expose; while any withheld cell
 * is recoverable, its smallest released neighbour is withheld too.
 *
 * `preset` withholds cells for a reason decided elsewhere (the audit across
 * releases) before the rules above run, so their consequences are followed too.
 *
 * Returns, per cell (same order), why it is withheld, or undefined.
 */
export function suppressCells(
  cells: readonly DisclosureCell[],
  minSize: number,
  atoms?: readonly Partial<Record<ProfileField, string>>[],
  preset?: ReadonlyMap<number, SuppressionReason>,
): (SuppressionReason | undefined)[] {
  checkMinimumSize(minSize);
  const reasons: (SuppressionReason | undefined)[] = cells.map((c, i) => (c.n < minSize ? 'below_minimum' : preset?.get(i)));
  const byGrouping = new Map<string, number[]>();
  cells.forEach((cell, i) => {
    const key = cell.fields.join('+');
    byGrouping.set(key, [...(byGrouping.get(key) ?? []), i]);
  });
  const groupings = [...byGrouping.values()].map((indexes) => ({ fields: cells[indexes[0]!]!.fields, indexes }));
  // Every (parent grouping, child grouping) pair where the child refines the parent.
  const pairs = groupings.flatMap((parent) =>
    groupings
      .filter((child) => child.fields.length > parent.fields.length && parent.fields.every((f) => child.fields.includes(f)))
      .map((child) => ({ parent, child })),
  );
  let changed = true;
  while (changed) {
    changed = false;
    if (atoms && pairs.length > 0) changed = auditOnce(cells, reasons, atoms);
    for (const { parent, child } of pairs) {
      for (const p of parent.indexes) {
        if (reasons[p]) continue;
        const parentCell = cells[p]!;
        const children = child.indexes.filter((c) => parent.fields.every((f) => cells[c]!.values[f] === parentCell.values[f]));
        const withheld = children.filter((c) => reasons[c]);
        if (withheld.length === 0) continue;
        const withheldTotal = withheld.reduce((sum, c) => sum + cells[c]!.n, 0);
        if (withheld.length >= 2 && withheldTotal >= minSize) continue;
        const candidate = children
          .filter((c) => !reasons[c])
          .sort((a, b) => cells[a]!.n - cells[b]!.n || a - b)[0];
        reasons[candidate ?? p] = 'complementary';
        changed = true;
      }
    }
  }
  return reasons;
}

/** One round of the audit: withholds one more cell if any withheld cell is recoverable. */
function auditOnce(cells: readonly DisclosureCell[], reasons: (SuppressionReason | undefined)[], atoms: readonly Partial<Record<ProfileField, string>>[]): boolean {
  const exposed = recoverableCells(cells, reasons.map(Boolean), atoms)[0];
  if (exposed === undefined) return false;
  const target = cells[exposed]!;
  const overlaps = (cell: DisclosureCell) => atoms.some((atom) => target.fields.every((f) => atom[f] === target.values[f]) && cell.fields.every((f) => atom[f] === cell.values[f]));
  // Prefer a sibling in the same grouping that differs in one field, then any overlapping released cell.
  const differsInOne = (cell: DisclosureCell) =>
    cell.fields.join('+') === target.fields.join('+') && cell.fields.filter((f) => cell.values[f] !== target.values[f]).length === 1;
  const released = cells.map((cell, i) => ({ cell, i })).filter(({ i }) => !reasons[i]);
  const bySize = (a: { cell: DisclosureCell; i: number }, b: { cell: DisclosureCell; i: number }) => a.cell.n - b.cell.n || a.i - b.i;
  const pick = released.filter(({ cell }) => differsInOne(cell)).sort(bySize)[0] ?? released.filter(({ cell }) => overlaps(cell)).sort(bySize)[0];
  if (!pick) return false;
  reasons[pick.i] = 'complementary';
  return true;
}

export function checkMinimumSize(minSize: number): void {
  if (!Number.isInteger(minSize) || minSize < lowestMinimumSize) {
    throw new RangeError(`the minimum cohort size must be a whole number of at least ${lowestMinimumSize}, got ${minSize}`);
  }
}
