import { z } from 'zod';
import { industrySchema, regionSchema, sizeBandSchema } from '../../model/profile';
import type { Issue } from '../../support/issue';
import { periodSchema } from '../response-row-schema';

/**
 * Which organizations form a cohort: each field lists the values allowed
 * (any of them); a field left out does not filter. The response set itself
 * fixes the questionnaire version.
 */
export const cohortFilterSchema = z.strictObject({
  industry: z.array(industrySchema).min(1).optional(),
  sizeBand: z.array(sizeBandSchema).min(1).optional(),
  region: z.array(regionSchema).min(1).optional(),
  period: z.array(periodSchema).min(1).optional(),
});
export type CohortFilter = z.infer<typeof cohortFilterSchema>;

const fieldNames = ['industry', 'sizeBand', 'region', 'period'] as const;

/**
 * Parses `field=value[,value...]` clauses (the CLI's `--where`), e.g.
 * "industry=insurance,banking". Unknown fields and values are reported with
 * the allowed ones.
 *
 * @example
 * parseCohortFilter(['industry=insurance', 'sizeBand=large'])
 * // => { ok: true, filter: { industry: ['insurance'], sizeBand: ['large'] } }
 */
export function parseCohortFilter(clauses: readonly string[]): { ok: true; filter: CohortFilter } | { ok: false; issues: Issue[] } {
  const raw: Record<string, string[]> = {};
  const issues: Issue[] = [];
  for (const clause of clauses) {
    const match = /^\s*([A-Za-z]+)\s*=\s*(.+?)\s*$/.exec(clause);
    if (!match) {
      issues.push({ code: 'INVALID_FILE', message: `"${clause}" is not field=value`, path: [], value: clause });
      continue;
    }
    const field = match[1]!;
    if (!(fieldNames as readonly string[]).includes(field)) {
      issues.push({ code: 'INVALID_FILE', message: `"${field}" is not a cohort field; fields are ${fieldNames.join(', ')}`, path: [field], value: field });
      continue;
    }
    raw[field] = [...(raw[field] ?? []), ...match[2]!.split(',').map((v) => v.trim())];
  }
  const parsed = cohortFilterSchema.safeParse(raw);
  if (!parsed.success) {
    for (const zodIssue of parsed.error.issues) {
      const [field, index] = zodIssue.path;
      const value = typeof index === 'number' ? raw[String(field)]?.[index] : undefined;
      const allowed = allowedValues(String(field));
      issues.push({
        code: 'INVALID_FILE',
        message: `${String(field)}: "${value}" is not allowed${allowed ? `; values are ${allowed}` : `: ${zodIssue.message}`}`,
        path: [String(field)],
        value,
      });
    }
  }
  return issues.length || !parsed.success ? { ok: false, issues } : { ok: true, filter: parsed.data };
}

function allowedValues(field: string): string | undefined {
  if (field === 'industry') return industrySchema.options.join(', ');
  if (field === 'sizeBand') return sizeBandSchema.options.join(', ');
  if (field === 'region') return regionSchema.options.join(', ');
  return undefined;
}

/** A short label of a filter, e.g. "industry=insurance, sizeBand=large" ("all organizations" when empty). */
export function describeCohortFilter(filter: CohortFilter): string {
  const parts = fieldNames.flatMap((field) => (filter[field] ? [`${field}=${filter[field]!.join('|')}`] : []));
  return parts.length ? parts.join(', ') : 'all organizations';
}
