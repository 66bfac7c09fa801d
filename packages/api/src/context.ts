import type { Viewer } from './auth/roles';
import type { TokenPolicy } from './auth/token-policy';
import type { Db } from './db';
import type { CohortStore } from './services/benchmarks';

/** What every resolver gets: the database, the caller, the cohort cache and the token policy. */
export type Context = {
  db: Db;
  viewer: Viewer | null;
  cohorts: CohortStore;
  tokenPolicy: TokenPolicy;
};
