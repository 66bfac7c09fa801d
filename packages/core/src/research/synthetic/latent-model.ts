/**
 * The latent structure behind every synthetic organization (a one-factor
 * model with a second level, read through a Gaussian copula):
 *
 *   M   ~ N(0, 1)                                  overall maturity
 *   L_d = λ·M + √(1-λ²)·η_d                         one per dimension
 *   z_q = √ρ·L_d + √(1-ρ)·ε_q                       one per question, option or grid row
 *
 * with η, ε independent standard normals, so every latent is exactly
 * N(0, 1). Two dimension latents correlate λ² = 0.64; two questions of
 * one dimension ρ = 0.5; two of different dimensions ρλ² = 0.32. An answer
 * is the category whose band of normal quantiles z falls in (see
 * `compileSyntheticPlan`), which keeps each marginal exactly on target
 * and makes better answers go together. Dimension scores, being averages
 * of coarse categories, correlate less than the latents: about 0.55.
 */
export const latentModel = {
  dimensionLoading: 0.8,
  questionLoading: 0.5,
} as const;

/** Default rates of missing answers, drawn independently of every latent (missing completely at random). */
export const defaultMissingRates = {
  /** Share of answers left out (the key is absent: unanswered). */
  unanswered: 0.02,
  /** Share answered "not applicable" (null), only where the question allows it. */
  notApplicable: 0.05,
} as const;
