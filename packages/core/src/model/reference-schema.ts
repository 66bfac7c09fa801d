import { z } from 'zod';

/**
 * Which answers a published share counts. A reference such as "45% have a
 * single source of customer data" is compared with an organization by
 * asking whether its answer matches.
 */
export const answerMatchSchema = z.union([
  z.strictObject({ equals: z.union([z.boolean(), z.number(), z.string()]) }),
  z.strictObject({ atLeast: z.number(), atMost: z.number().optional() }),
  z.strictObject({ atMost: z.number() }),
  z.strictObject({ anyOf: z.array(z.string()).min(1) }),
  z.strictObject({ includes: z.string() }),
  z.strictObject({ row: z.string(), anyOf: z.array(z.string()).min(1) }),
]);
export type AnswerMatch = z.infer<typeof answerMatchSchema>;

/**
 * Where a figure was read. Only what the source itself states is recorded:
 * an article that gives no date has no `year`, and one that draws on
 * several studies without saying which a figure comes from has no `study`.
 */
export const referenceSourceSchema = z.strictObject({
  publisher: z.string().min(1),
  /** The article (or report) the figure was read in, as it is titled. */
  title: z.string().min(1),
  author: z.string().min(1).optional(),
  /** The research the article credits the figure to, in the article's terms, when it names one. */
  study: z.string().min(1).optional(),
  /** The year of publication, only when the source states it; never inferred. */
  year: z.number().int().min(1990).max(2100).optional(),
  /** The seed article in shared/seeds the figure was taken from. */
  seed: z.string().regex(/^\d{3}$/, 'seed is the three-digit prefix of a seed file'),
});
export type ReferenceSource = z.infer<typeof referenceSourceSchema>;

/**
 * A figure from published research that a question can be compared with.
 * `share`: percent of organizations whose answer matches `match`.
 * `mean`: the average of the answer's measure (a count, or how many options
 * or grid rows match) across organizations. `share` without a figure
 * (`value: null`) records a qualitative finding such as "few do this".
 * `caveat` states what a reader must know to weigh the figure: that it
 * contradicts another figure, that the source credits it to unnamed others,
 * that a number is our reading of words such as "four or five". It is shown
 * wherever the figure is shown.
 */
export const publishedReferenceSchema = z
  .strictObject({
    statistic: z.enum(['share', 'mean']),
    value: z.number().min(0).nullable(),
    range: z.tuple([z.number(), z.number()]).optional(),
    finding: z.string().min(1),
    match: answerMatchSchema.optional(),
    source: referenceSourceSchema,
    caveat: z.string().min(1).optional(),
  })
  .superRefine((ref, ctx) => {
    if (ref.statistic === 'share' && ref.value !== null && ref.value > 100) {
      ctx.addIssue({ code: 'custom', path: ['value'], message: `a share is a percentage, got ${ref.value}` });
    }
    if (ref.statistic === 'share' && ref.value !== null && !ref.match) {
      ctx.addIssue({ code: 'custom', path: ['match'], message: 'a share with a figure needs `match` to say which answers it counts' });
    }
  });
export type PublishedReference = z.infer<typeof publishedReferenceSchema>;
