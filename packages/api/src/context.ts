import type { Viewer } from './auth/roles';
import type { TokenPolicy } from './auth/token-policy';
import type { Db } from './db';
import type { ReleaseStore } from './services/releases';

/** What every resolver gets: the database, the caller, the published benchmark releases, the minimum cohort size new releases use, and the token policy. */
export type Context = {
  db: Db;
  viewer: Viewer | null;
  releases: ReleaseStore;
  minCohortSize: number;
  tokenPolicy: TokenPolicy;
};
