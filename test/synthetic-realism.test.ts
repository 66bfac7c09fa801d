import { describe, expect, it } from 'vitest';
import { checkResponseRow, indexQuestions, ResponseSetBuilder, scoreResponseSet, type ResponseRow } from '@crm-maturity/core';
import { bundledQuestionnaire } from '@crm-maturity/questionnaires';
import { generateResponses } from '@crm-maturity/core';

const questionnaire = bundledQuestionnaire('crm-maturity', '1.0.0');
const rows: ResponseRow[] = [...generateResponses({ questionnaire, count: 20_000, seed: 1 })];
const builder = new ResponseSetBuilder(questionnaire, rows.length);
rows.forEach((row) => builder.add(row));
const scored = scoreResponseSet(builder.build());

/** Pearson's r from its definition: Σ(x-x̄)(y-ȳ) / √(Σ(x-x̄)² Σ(y-ȳ)²). */
function pearson(x: ArrayLike<number>, y: ArrayLike<number>): number {
  const n = x.length;
  let meanX = 0;
  let meanY = 0;
  for (let i = 0; i < n; i++) {
    meanX += x[i]! / n;
    meanY += y[i]! / n;
  }
  let xy = 0;
  let xx = 0;
  let yy = 0;
  for (let i = 0; i < n; i++) {
    xy += (x[i]! - meanX) * (y[i]! - meanY);
    xx += (x[i]! - meanX) ** 2;
    yy += (y[i]! - meanY) ** 2;
  }
  return xy / Math.sqrt(xx * yy);
}

describe('synthetic organizations look like a benchmark panel (20,000 rows, seed 1)', () => {
  it('are all valid for the questionnaire and marked synthetic', () => {
    const index = indexQuestions(questionnaire);
    const problems = rows.flatMap((row) => {
      const check = checkResponseRow(questionnaire, row, index);
      return check.ok ? [] : check.issues.map((issue) => `${row.id}: ${issue.message}`);
    });
    expect(problems).toEqual([]);
    expect(rows.every((row) => row.synthetic === true)).toBe(true);
  });

  it('have dimension scores that correlate between 0.3 and 0.8 pairwise', () => {
    const names = questionnaire.dimensions.map((d) => d.id);
    for (let a = 0; a < names.length; a++) {
      for (let b = a + 1; b < names.length; b++) {
        const r = pearson(scored.dimensions[a]!, scored.dimensions[b]!);
        expect(r, `${names[a]} with ${names[b]}`).toBeGreaterThan(0.3);
        expect(r, `${names[a]} with ${names[b]}`).toBeLessThan(0.8);
      }
    }
  });

  it('reach every level, most of them Tactical or Advanced', () => {
    const shares = [0, 0, 0, 0];
    for (const level of scored.overallLevel) shares[level]! += 1 / rows.length;
    // Seed 1 gives 42.7% Tactical, 33.8% Advanced, 19.5% Strategic, 4.0% Innovative.
    shares.forEach((share, level) => expect(share, questionnaire.levels[level]!.id).toBeGreaterThan(0.02));
    expect(shares[0]! + shares[1]!).toBeGreaterThan(0.6);
    expect(shares[3]!).toBeLessThan(shares[2]!);
  });

  it('are more mature, on average, in larger organizations', () => {
    const mean = (band: string) => {
      let sum = 0;
      let n = 0;
      rows.forEach((row, i) => {
        if (row.sizeBand !== band) return;
        sum += scored.overall[i]!;
        n++;
      });
      return sum / n;
    };
    expect(mean('enterprise') - mean('small')).toBeGreaterThan(3);
    expect(mean('enterprise') - mean('small')).toBeLessThan(20); // mildly, not decisively
  });

  it('spread over every industry, size band and region', () => {
    for (const field of ['industry', 'sizeBand', 'region'] as const) {
      const seen = new Set(rows.map((row) => row[field]));
      expect(seen.size, field).toBe({ industry: 11, sizeBand: 4, region: 5 }[field]);
    }
  });
});
