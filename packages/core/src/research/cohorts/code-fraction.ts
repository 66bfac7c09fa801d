import type { Questionnaire } from '../../model/questionnaire-schema';
import { lookupKind, scoringPlan } from '../../scoring/scoring-plan';

/** The earned fraction of one answer code through the compiled plan (NaN for unanswered or not applicable). */
export function codeFraction(questionnaire: Questionnaire, q: number, code: number): number {
  if (!(code >= 0)) return Number.NaN;
  const plan = scoringPlan(questionnaire);
  const kind = plan.kind[q]!;
  if (kind === lookupKind.direct) return plan.table[plan.offset[q]! + code]!;
  if (kind === lookupKind.clamped) return plan.table[plan.offset[q]! + Math.min(code - plan.low[q]!, plan.length[q]! - 1)]!;
  let b = plan.bandOffset[q]!;
  const end = b + plan.bandCount[q]! - 1;
  while (b < end && plan.bandMins[b + 1]! <= code) b++;
  return plan.bandFractions[b]!;
}
