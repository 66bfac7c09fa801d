/**
 * R's `sleep` data set (Cushny & Peebles 1905, as used by Student 1908):
 * extra hours of sleep for ten patients under each of two drugs. R's
 * `?sleep` and `?t.test` examples run the Welch test on it as if the groups
 * were independent; the tests here do the same.
 */
export const sleepGroup1 = [0.7, -1.6, -0.2, -1.2, -0.1, 3.4, 3.7, 0.8, 0.0, 2.0];
export const sleepGroup2 = [1.9, 0.8, 1.1, 0.1, -0.1, 4.4, 5.5, 1.6, 4.6, 3.4];
