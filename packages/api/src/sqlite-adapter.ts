import { setTimeout as sleep } from 'node:timers/promises';
import { PrismaBetterSqlite3 } from '@prisma/adapter-better-sqlite3';
import type BetterSqlite3 from 'better-sqlite3';
import { DriverAdapterError, type IsolationLevel, type SqlDriverAdapter, type SqlDriverAdapterFactory, type SqlQuery, type Transaction } from '@prisma/driver-adapter-utils';

export type SqliteConnectionOptions = {
  /** How long a statement or a write transaction waits for another process's lock on the file before it fails (SQLITE_BUSY). */
  busyTimeoutMs: number;
  /** FULL: a commit is on disk (fsync) before it is acknowledged; NORMAL: only the WAL is written, synced at checkpoints. */
  synchronous: 'FULL' | 'NORMAL';
};

/**
 * SQLite's own busy handler sleeps inside better-sqlite3's synchronous
 * call, which would freeze the whole server (every request, the health
 * check) while another process holds the write lock. So SQLite waits only
 * this long itself, and the rest of the busy timeout is spent in
 * asynchronous retries that leave the event loop free.
 */
const synchronousBusyWaitMs = 5;

/**
 * The better-sqlite3 driver adapter on one connection, made safe for
 * concurrent requests and for other processes on the same file:
 *
 * - Every statement outside a transaction waits until no transaction of
 *   this process is open (the stock adapter shares its one connection, so
 *   such a write would run inside another request's transaction and be
 *   rolled back with it). Inside `prisma.$transaction(async (tx) => …)` use
 *   `tx` only; a query on the outer client waits for the transaction and
 *   so times it out.
 * - Transactions start with `BEGIN IMMEDIATE`: they take the file's write
 *   lock at the start, so the busy timeout applies. (A deferred `BEGIN` that
 *   reads first and then writes cannot wait: SQLite fails it at once with
 *   SQLITE_BUSY when another process wrote meanwhile.)
 * - SQLITE_BUSY on `BEGIN IMMEDIATE` or on a statement outside a
 *   transaction (which then did nothing) is retried asynchronously until
 *   the busy timeout; after that the error reaches the caller, and the API
 *   answers DATABASE_BUSY (HTTP 503, retryable).
 *
 * Each connection also turns on foreign keys and WAL and sets `synchronous`.
 */
export class SerializedSqliteAdapterFactory implements SqlDriverAdapterFactory {
  readonly provider = 'sqlite';
  readonly adapterName: string;
  readonly #inner: PrismaBetterSqlite3;
  readonly #options: SqliteConnectionOptions;

  constructor(path: string, options: SqliteConnectionOptions) {
    this.#inner = new PrismaBetterSqlite3({ url: path, timeout: synchronousBusyWaitMs });
    this.adapterName = this.#inner.adapterName;
    this.#options = options;
  }

  async connect(): Promise<SqlDriverAdapter> {
    const inner = await this.#inner.connect();
    reusePreparedStatements(inner);
    const retrying = <T>(work: () => Promise<T>) => retryWhileBusy(this.#options.busyTimeoutMs, work);
    await retrying(() =>
      inner.executeScript(
        `PRAGMA busy_timeout = ${synchronousBusyWaitMs}; PRAGMA foreign_keys = ON; PRAGMA journal_mode = WAL; PRAGMA synchronous = ${this.#options.synchronous};`,
      ),
    );
    return serialized(inner, retrying);
  }
}

/** How many prepared statements a connection keeps (Prisma's statements differ only by shape: model, selection, the length of an IN list). */
export const preparedStatementCacheSize = 500;

/** The part of a better-sqlite3 statement the adapter uses. */
type Statement = { reader: boolean; columns: () => unknown[]; raw: (on?: boolean) => Statement; run: (...args: unknown[]) => unknown; all: (...args: unknown[]) => unknown[]; get: (...args: unknown[]) => unknown };

/**
 * Prisma's better-sqlite3 adapter prepares every statement it runs
 * (`client.prepare(sql).bind(args)`): for the assessment read's statement
 * 44 µs of CPU prepared and run against 20 µs run again, so about 25 µs
 * per statement, a few percent of a request (a read sends 3, a save 6,
 * a submission 9). This keeps the prepared statements of
 * the adapter's connection by their SQL text (least recently used go
 * first) and hands the adapter a view that binds this call's arguments at
 * execution, since `bind` would fix them on the shared statement for good.
 * Safe because every use is synchronous and whole (`run`, `all`), on the
 * one connection this process serializes anyway. Returns false, leaving
 * the adapter as it is, if its connection is not where this expects it
 * (a test checks that it is).
 */
export function reusePreparedStatements(adapter: unknown, size = preparedStatementCacheSize): boolean {
  const client = (adapter as { client?: BetterSqlite3.Database } | null)?.client;
  if (typeof client?.prepare !== 'function') return false;
  const prepare = client.prepare.bind(client);
  const cache = new Map<string, Statement>();
  const prepared = (sql: string): Statement => {
    let statement = cache.get(sql);
    if (statement) {
      cache.delete(sql);
    } else {
      statement = prepare(sql) as unknown as Statement;
      if (cache.size >= size) cache.delete(cache.keys().next().value!);
    }
    cache.set(sql, statement);
    return statement;
  };
  const view = (statement: Statement, args: unknown[]) => ({
    reader: statement.reader,
    columns: () => statement.columns(),
    raw: (on = true) => ({ all: () => statement.raw(on).all(...args) }),
    run: () => statement.run(...args),
    all: () => statement.all(...args),
    get: () => statement.get(...args),
  });
  client.prepare = ((sql: string) => {
    const statement = prepared(sql);
    return { ...view(statement, []), bind: (...args: unknown[]) => view(statement, args) };
  }) as unknown as BetterSqlite3.Database['prepare'];
  return true;
}

/** True for SQLite's "database is locked" (SQLITE_BUSY and its extended codes), as the adapter reports it. */
export function isSqliteBusy(error: unknown): boolean {
  // By shape, not instanceof: the adapter may load its own copy of driver-adapter-utils.
  const cause = (error as { cause?: { originalCode?: unknown } } | null)?.cause;
  return String(cause?.originalCode ?? '').startsWith('SQLITE_BUSY');
}

async function retryWhileBusy<T>(budgetMs: number, work: () => Promise<T>): Promise<T> {
  const deadline = Date.now() + budgetMs;
  for (let attempt = 0; ; attempt++) {
    try {
      return await work();
    } catch (error) {
      if (!isSqliteBusy(error) || Date.now() >= deadline) throw error;
      // Short waits first (a commit takes about a millisecond), jittered so two processes do not retry in step.
      await sleep(Math.min(50, 1 + 2 ** attempt) * (0.5 + Math.random()));
    }
  }
}

function serialized(inner: SqlDriverAdapter, retrying: <T>(work: () => Promise<T>) => Promise<T>): SqlDriverAdapter {
  const lock = new FifoLock();
  const alone = <T>(work: () => Promise<T>): Promise<T> => lock.run(work);
  return {
    provider: inner.provider,
    adapterName: inner.adapterName,
    queryRaw: (query: SqlQuery) => alone(() => retrying(() => inner.queryRaw(query))),
    executeRaw: (query: SqlQuery) => alone(() => retrying(() => inner.executeRaw(query))),
    executeScript: (script: string) => alone(() => inner.executeScript(script)),
    startTransaction: async (isolationLevel?: IsolationLevel): Promise<Transaction> => {
      // SQLite transactions are serializable; that is the only level there is.
      if (isolationLevel && isolationLevel !== 'SERIALIZABLE') throw new DriverAdapterError({ kind: 'InvalidIsolationLevel', level: isolationLevel });
      const release = await lock.acquire();
      try {
        await retrying(() => inner.executeScript('BEGIN IMMEDIATE'));
      } catch (error) {
        release();
        throw error;
      }
      return transactionOn(inner, release);
    },
    ...(inner.getConnectionInfo ? { getConnectionInfo: () => inner.getConnectionInfo!() } : {}),
    dispose: () => alone(() => inner.dispose()),
  };
}

/**
 * A transaction on the shared connection, which this process holds alone
 * until it ends. Prisma itself sends COMMIT or ROLLBACK through
 * `executeRaw` (`usePhantomQuery: false`) and then calls commit() or
 * rollback(), which hand the connection back.
 */
function transactionOn(connection: SqlDriverAdapter, release: () => void): Transaction {
  let released = false;
  const handBack = () => {
    if (!released) {
      released = true;
      release();
    }
  };
  const statement = (sql: string) => connection.executeRaw({ sql, args: [], argTypes: [] });
  return {
    provider: connection.provider,
    adapterName: connection.adapterName,
    options: { usePhantomQuery: false },
    queryRaw: (query) => connection.queryRaw(query),
    executeRaw: (query) => connection.executeRaw(query),
    commit: async () => handBack(),
    rollback: async () => {
      try {
        // Normally rolled back already; but a COMMIT that failed (disk full) leaves the transaction open, and the next BEGIN would fail.
        await connection.executeScript('ROLLBACK').catch(() => undefined);
      } finally {
        handBack();
      }
    },
    createSavepoint: async (name: string) => void (await statement(`SAVEPOINT ${name}`)),
    rollbackToSavepoint: async (name: string) => void (await statement(`ROLLBACK TO ${name}`)),
    releaseSavepoint: async (name: string) => void (await statement(`RELEASE SAVEPOINT ${name}`)),
  };
}

/** A mutex that hands the lock over in request order. */
class FifoLock {
  #tail: Promise<void> = Promise.resolve();

  acquire(): Promise<() => void> {
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    const acquired = this.#tail.then(() => release);
    this.#tail = this.#tail.then(() => released);
    return acquired;
  }

  async run<T>(work: () => Promise<T>): Promise<T> {
    const release = await this.acquire();
    try {
      return await work();
    } finally {
      release();
    }
  }
}
