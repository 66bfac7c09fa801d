import {
  CrmMaturityError,
  readStoredRelease,
  releaseCohorts,
  storeRelease,
  type CohortRelease,
  type Questionnaire,
  type ReleaseHistory,
} from '@crm-maturity/core';
import type { Viewer } from '../auth/roles';
import type { Db } from '../db';
import { forbidden } from '../errors';
import { requireViewer } from './access';
import { loadScoredBenchmark } from './benchmark-rows';
import { planGroupings } from './release-plan';
import { secureUniform } from './secure-uniform';

export type ReleaseMode = 'EXACT' | 'LAPLACE';

/** A published release's description, as stored. */
export type ReleaseRecord = {
  id: string;
  questionnaireId: string;
  questionnaireVersion: string;
  version: number;
  mode: ReleaseMode;
  epsilon: number | null;
  minSize: number;
  synthetic: boolean;
  datasetIds: string;
  publishedAt: Date;
};

export type PublishInput = { questionnaire: Questionnaire; mode: ReleaseMode; epsilon?: number | null; minSize: number; dryRun?: boolean };

/** What the admin learns from publishing (or a dry run): the release, and how many cells were withheld and why. */
export type PublishReport = { release: ReleaseRecord | null; version: number; content: CohortRelease; rows: number };

const releaseFields = {
  id: true,
  questionnaireId: true,
  questionnaireVersion: true,
  version: true,
  mode: true,
  epsilon: true,
  minSize: true,
  synthetic: true,
  datasetIds: true,
  publishedAt: true,
} as const;

/**
 * Computes a new release from every dataset of the questionnaire version
 * and, unless `dryRun`, stores it as the next version. The new release is
 * audited against every exact release already published for the version
 * (`releaseCohorts` with their history): a cell that would let fewer than
 * the minimum number of organizations be worked out by differencing is
 * withheld; if nothing can hide such a group, the release is refused.
 * A release with no new dataset since the last one of the same mode is
 * refused too: it would only repeat it.
 */
export async function publishRelease(db: Db, viewer: Viewer | null, input: PublishInput): Promise<PublishReport> {
  const admin = requireViewer(viewer);
  if (admin.role !== 'ADMIN') throw forbidden('only an admin can publish a benchmark release');
  const { questionnaire } = input;
  if (input.mode === 'LAPLACE' && !(typeof input.epsilon === 'number' && input.epsilon > 0 && input.epsilon <= 10)) {
    throw new CrmMaturityError('BAD_USER_INPUT', 'a LAPLACE release needs epsilon, a number above 0 and at most 10', [{ field: 'epsilon', value: input.epsilon ?? null, message: 'required, in (0, 10]' }]);
  }
  if (input.mode === 'EXACT' && input.epsilon != null) {
    throw new CrmMaturityError('BAD_USER_INPUT', 'epsilon applies to LAPLACE releases only', [{ field: 'epsilon', value: input.epsilon, message: 'only with mode LAPLACE' }]);
  }
  const benchmark = await loadScoredBenchmark(db, questionnaire);
  if (benchmark.scored.set.size === 0) {
    throw new CrmMaturityError('RELEASE_REFUSED', `there are no benchmark rows for ${questionnaire.id} ${questionnaire.version} to release`, [{ field: 'questionnaireVersion', value: questionnaire.version, message: 'no rows' }]);
  }
  const published = await db.benchmarkRelease.findMany({
    where: { questionnaireId: questionnaire.id, questionnaireVersion: questionnaire.version },
    orderBy: { version: 'asc' },
    select: { ...releaseFields, content: true },
  });
  const sameMode = published.filter((r) => r.mode === input.mode);
  const last = sameMode[sameMode.length - 1];
  // A dry run may repeat the last release: it publishes nothing.
  if (!input.dryRun && last && sameSet(datasetIdsOf(last.datasetIds), benchmark.datasetIds)) {
    throw new CrmMaturityError('RELEASE_REFUSED', `release ${last.version} already counts every dataset; import new data before publishing again`, [
      { field: 'datasets', value: benchmark.datasetIds.length, message: 'nothing new since the last release' },
    ]);
  }

  const exact = published.filter((r) => r.mode === 'EXACT');
  const history = exact.length > 0 && input.mode === 'EXACT' ? historyOf(exact, benchmark.datasetOfRow) : undefined;
  // Refused (RELEASE_REFUSED) when earlier releases already expose a small group.
  const content: CohortRelease = releaseCohorts(benchmark.scored, planGroupings, {
    minSize: input.minSize,
    questions: true,
    ...(history ? { history } : {}),
    ...(input.mode === 'LAPLACE' ? { privacy: { epsilon: input.epsilon!, random: secureUniform } } : {}),
  });
  const version = (published[published.length - 1]?.version ?? 0) + 1;
  let synthetic = false;
  for (const flag of benchmark.scored.set.synthetic) if (flag) synthetic = true;
  if (input.dryRun) return { release: null, version, content, rows: benchmark.scored.set.size };
  try {
    const release = await db.benchmarkRelease.create({
      data: {
        questionnaireId: questionnaire.id,
        questionnaireVersion: questionnaire.version,
        version,
        mode: input.mode,
        epsilon: input.epsilon ?? null,
        minSize: input.minSize,
        synthetic,
        datasetIds: JSON.stringify(benchmark.datasetIds),
        content: storeRelease(content),
        publishedById: admin.userId,
      },
      select: releaseFields,
    });
    return { release: release as ReleaseRecord, version, content, rows: benchmark.scored.set.size };
  } catch (error) {
    if ((error as { code?: string }).code === 'P2002') throw new CrmMaturityError('CONFLICT', `release ${version} was published by someone else just now; publish again to audit against it`);
    throw error;
  }
}

/** The epochs of the rows (the first exact release that counted each row's dataset) and what each exact release released. */
function historyOf(exact: { datasetIds: string; content: string }[], datasetOfRow: readonly string[]): ReleaseHistory {
  const firstRelease = new Map<string, number>();
  exact.forEach((release, r) => {
    for (const id of datasetIdsOf(release.datasetIds)) if (!firstRelease.has(id)) firstRelease.set(id, r);
  });
  const epochs = Uint16Array.from(datasetOfRow, (id) => firstRelease.get(id) ?? exact.length);
  const releases = exact.map((release) => ({
    cells: readStoredRelease(release.content).groupings.flatMap((g) => g.cells.filter((c) => c.status === 'released').map((c) => ({ fields: g.fields, values: c.values }))),
  }));
  return { epochs, releases };
}

function datasetIdsOf(json: string): string[] {
  return JSON.parse(json) as string[];
}

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x) => b.includes(x));
}

/**
 * Published releases, parsed once each: a release never changes after it is
 * published, so caching its content by id is safe on every process. Which
 * release is the latest is asked of the database on every call, so an
 * import or a publication through one server is seen at once by all.
 */
export class ReleaseStore {
  private readonly contents = new Map<string, Promise<CohortRelease>>();

  constructor(private readonly db: Db) {}

  /** The latest release of a questionnaire version (of one mode, or the one numbered `version`), or null when none is published. */
  async find(questionnaire: Questionnaire, version?: number | null, mode?: ReleaseMode): Promise<{ record: ReleaseRecord; content: CohortRelease } | null> {
    const record = await this.db.benchmarkRelease.findFirst({
      where: { questionnaireId: questionnaire.id, questionnaireVersion: questionnaire.version, ...(version != null ? { version } : {}), ...(mode ? { mode } : {}) },
      orderBy: { version: 'desc' },
      select: releaseFields,
    });
    if (!record) return null;
    return { record: record as ReleaseRecord, content: await this.content(record.id) };
  }

  list(questionnaire?: Questionnaire): Promise<ReleaseRecord[]> {
    return this.db.benchmarkRelease.findMany({
      where: questionnaire ? { questionnaireId: questionnaire.id, questionnaireVersion: questionnaire.version } : {},
      orderBy: [{ questionnaireVersion: 'asc' }, { version: 'asc' }],
      select: releaseFields,
    }) as Promise<ReleaseRecord[]>;
  }

  private content(id: string): Promise<CohortRelease> {
    let entry = this.contents.get(id);
    if (!entry) {
      entry = this.db.benchmarkRelease.findUniqueOrThrow({ where: { id }, select: { content: true } }).then((r) => readStoredRelease(r.content));
      this.contents.set(id, entry);
      entry.catch(() => this.contents.delete(id));
    }
    return entry;
  }
}
