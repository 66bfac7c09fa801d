import type { Viewer } from './auth/roles';
import type { Db } from './db';
import type { ReleaseStore } from './services/releases';

/** What every resolver gets: the database, the caller, the published benchmark releases, and the minimum cohort size new releases use. */
export type Context = {
  db: Db;
  viewer: Viewer | null;
  releases: ReleaseStore;
  minCohortSize: number;
};
