import type { Viewer } from './auth/roles';
import type { Db } from './db';
import type { CohortStore } from './services/benchmarks';

/** What every resolver gets: the database, the caller, and the cohort cache. */
export type Context = {
  db: Db;
  viewer: Viewer | null;
  cohorts: CohortStore;
};
