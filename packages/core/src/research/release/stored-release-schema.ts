import { z } from 'zod';
import type { CohortRelease } from '../cohorts/release-cohorts';

/**
 * A release as stored (and read back) by whoever keeps releases: the
 * format version first, so a later change of shape can upgrade what was
 * stored instead of misreading it.
 */
export const storedReleaseFormat = 1;

const values = z.strictObject({ industry: z.string().optional(), sizeBand: z.string().optional(), region: z.string().optional(), period: z.string().optional() });
const profileField = z.enum(['industry', 'sizeBand', 'region', 'period']);
const band = z.strictObject({ from: z.number(), to: z.number(), count: z.number().int().nonnegative() });
const measure = z.strictObject({
  mean: z.number(),
  sd: z.number(),
  bands: z.array(band),
  median: z.number().nullable(),
  quartiles: z.tuple([z.number(), z.number(), z.number()]).nullable(),
  deciles: z.array(z.number()).nullable(),
});
const levelShare = z.strictObject({ level: z.string(), count: z.number().int().nonnegative(), share: z.number() });
const question = z.strictObject({
  questionId: z.string(),
  answered: z.number().int(),
  notApplicable: z.number().int(),
  unanswered: z.number().int(),
  meanFraction: z.number(),
  medianFraction: z.number(),
  answers: z.array(z.strictObject({ id: z.string(), label: z.string(), share: z.number() })),
  references: z.array(z.strictObject({ statistic: z.enum(['share', 'mean']), finding: z.string(), published: z.number().nullable(), cohort: z.number().nullable() })),
});
const summary = z.strictObject({
  n: z.number().int().positive(),
  overall: measure,
  dimensions: z.array(measure.extend({ id: z.string(), name: z.string() })),
  levels: z.strictObject({ overall: z.array(levelShare), dimensions: z.array(z.strictObject({ id: z.string(), levels: z.array(levelShare) })) }),
  questions: z.array(question).optional(),
});
const cell = z.discriminatedUnion('status', [
  z.strictObject({ status: z.literal('released'), label: z.string(), values, summary }),
  z.strictObject({
    status: z.literal('released_private'),
    label: z.string(),
    values,
    noisyN: z.number(),
    noisyMeans: z.strictObject({ overall: z.number(), dimensions: z.array(z.strictObject({ id: z.string(), mean: z.number() })) }),
  }),
  z.strictObject({ status: z.literal('withheld'), label: z.string(), values, reason: z.enum(['below_minimum', 'complementary', 'differencing']) }),
]);

export const storedReleaseSchema = z.strictObject({
  format: z.literal(storedReleaseFormat),
  release: z.strictObject({
    minSize: z.number().int(),
    groupings: z.array(z.strictObject({ fields: z.array(profileField), cells: z.array(cell) })),
    withheld: z.strictObject({ belowMinimum: z.number().int(), complementary: z.number().int(), differencing: z.number().int() }),
    privacy: z.strictObject({ epsilonPerStatistic: z.number(), statisticsPerCell: z.number(), epsilonPerRelease: z.number(), note: z.string() }).optional(),
  }),
});

/** The stored form of a release. */
export function storeRelease(release: CohortRelease): string {
  return JSON.stringify({ format: storedReleaseFormat, release });
}

/**
 * Reads a stored release back through its schema.
 *
 * @throws {Error} naming the first problem when the text is not a stored release of a known format
 */
export function readStoredRelease(text: string): CohortRelease {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new Error(`a stored release must be JSON: ${(error as Error).message}`);
  }
  const parsed = storedReleaseSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new Error(`a stored release does not match format ${storedReleaseFormat}: ${issue.path.join('.') || '(root)'}: ${issue.message}`);
  }
  return parsed.data.release as CohortRelease;
}
