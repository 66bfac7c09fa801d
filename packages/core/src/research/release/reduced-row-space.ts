/**
 * The row space of a set of vectors, kept in reduced row echelon form
 * (Gaussian elimination with a tolerance suited to small-integer rows),
 * with, for each row, the combination of the added vectors it stands for.
 * Because every row has a 1 at its pivot and 0 at every other pivot, a
 * vector t lies in the space exactly when t = sum over rows of
 * t[pivot] * row, so membership of a sparse vector costs its support times
 * the width, and the same sum over the rows' combinations says which added
 * vectors make it up.
 */
export class ReducedRowSpace {
  private readonly rows: { row: Float64Array; combination: Float64Array }[] = [];
  private readonly pivotRow = new Map<number, number>();
  private added = 0;

  /** `capacity`: how many vectors will be added at most. */
  constructor(
    readonly width: number,
    private readonly capacity: number,
  ) {}

  get rank(): number {
    return this.rows.length;
  }

  /** Adds the next vector; its number (0, 1, ...) is the order of the calls. */
  add(vector: Float64Array): void {
    if (this.added >= this.capacity) throw new RangeError(`ReducedRowSpace holds at most ${this.capacity} vectors`);
    const row = Float64Array.from(vector);
    const combination = new Float64Array(this.capacity);
    combination[this.added++] = 1;
    for (const [pivot, r] of this.pivotRow) {
      const factor = row[pivot]!;
      if (Math.abs(factor) > tolerance) {
        subtractScaled(row, this.rows[r]!.row, factor);
        subtractScaled(combination, this.rows[r]!.combination, factor);
      }
    }
    let pivot = -1;
    for (let c = 0; c < this.width; c++) {
      if (Math.abs(row[c]!) > tolerance) {
        pivot = c;
        break;
      }
    }
    if (pivot < 0) return;
    const scale = row[pivot]!;
    for (let c = 0; c < this.width; c++) row[c]! /= scale;
    for (let c = 0; c < this.capacity; c++) combination[c]! /= scale;
    for (const existing of this.rows) {
      const factor = existing.row[pivot]!;
      if (Math.abs(factor) > tolerance) {
        subtractScaled(existing.row, row, factor);
        subtractScaled(existing.combination, combination, factor);
      }
    }
    this.pivotRow.set(pivot, this.rows.length);
    this.rows.push({ row, combination });
  }

  /** Whether the vector given by its non-zero entries lies in the space. */
  containsSparse(entries: ReadonlyMap<number, number>): boolean {
    return this.explain(entries) !== null;
  }

  /**
   * The coefficients, by vector number, of one way to write the vector
   * given by its non-zero entries as a combination of the added vectors;
   * null when it is not in the space.
   */
  explain(entries: ReadonlyMap<number, number>): Float64Array | null {
    const rest = new Float64Array(this.width);
    for (const [c, v] of entries) rest[c] = v;
    const coefficients = new Float64Array(this.capacity);
    for (const [c, v] of entries) {
      const r = this.pivotRow.get(c);
      if (r === undefined) continue;
      subtractScaled(rest, this.rows[r]!.row, v);
      for (let k = 0; k < this.capacity; k++) coefficients[k]! += v * this.rows[r]!.combination[k]!;
    }
    for (let c = 0; c < this.width; c++) if (Math.abs(rest[c]!) > tolerance) return null;
    return coefficients;
  }
}

const tolerance = 1e-9;

function subtractScaled(target: Float64Array, row: Float64Array, factor: number): void {
  for (let c = 0; c < target.length; c++) {
    const x = row[c]!;
    if (x !== 0) target[c]! -= factor * x;
  }
}
