import { PrismaBetterSqlite3 } from '@prisma/adapter-better-sqlite3';
import type { IsolationLevel, SqlDriverAdapter, SqlDriverAdapterFactory, SqlQuery, Transaction } from '@prisma/driver-adapter-utils';

/** How long a connection waits for another process's write lock on the file before failing. */
export const sqliteBusyTimeoutMs = 10_000;

/**
 * The better-sqlite3 driver adapter on one connection, made safe for
 * concurrent requests. The stock adapter serializes transactions against
 * each other but not against plain queries: while one request's interactive
 * transaction awaits, another request's write on the same connection would
 * run inside it, and be rolled back with it. Here every statement outside a
 * transaction waits until no transaction is open.
 *
 * Consequence for callers: inside `prisma.$transaction(async (tx) => …)` use
 * `tx` only; a query on the outer client waits for the transaction to end
 * and so times the transaction out.
 *
 * Each connection also turns on foreign keys and WAL and sets the busy timeout.
 */
export class SerializedSqliteAdapterFactory implements SqlDriverAdapterFactory {
  readonly provider = 'sqlite';
  readonly adapterName: string;
  readonly #inner: PrismaBetterSqlite3;

  constructor(path: string) {
    this.#inner = new PrismaBetterSqlite3({ url: path, timeout: sqliteBusyTimeoutMs });
    this.adapterName = this.#inner.adapterName;
  }

  async connect(): Promise<SqlDriverAdapter> {
    const inner = await this.#inner.connect();
    await inner.executeScript(`PRAGMA foreign_keys = ON; PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA busy_timeout = ${sqliteBusyTimeoutMs};`);
    return serialized(inner);
  }
}

function serialized(inner: SqlDriverAdapter): SqlDriverAdapter {
  const lock = new FifoLock();
  const alone = <T>(work: () => Promise<T>): Promise<T> => lock.run(work);
  return {
    provider: inner.provider,
    adapterName: inner.adapterName,
    queryRaw: (query: SqlQuery) => alone(() => inner.queryRaw(query)),
    executeRaw: (query: SqlQuery) => alone(() => inner.executeRaw(query)),
    executeScript: (script: string) => alone(() => inner.executeScript(script)),
    startTransaction: async (isolationLevel?: IsolationLevel): Promise<Transaction> => {
      const release = await lock.acquire();
      try {
        const transaction = await inner.startTransaction(isolationLevel);
        return releasingOnEnd(transaction, release);
      } catch (error) {
        release();
        throw error;
      }
    },
    ...(inner.getConnectionInfo ? { getConnectionInfo: () => inner.getConnectionInfo!() } : {}),
    dispose: () => alone(() => inner.dispose()),
  };
}

function releasingOnEnd(transaction: Transaction, release: () => void): Transaction {
  let released = false;
  const end = async (finish: () => Promise<void>): Promise<void> => {
    try {
      await finish();
    } finally {
      if (!released) {
        released = true;
        release();
      }
    }
  };
  return {
    provider: transaction.provider,
    adapterName: transaction.adapterName,
    options: transaction.options,
    queryRaw: (query) => transaction.queryRaw(query),
    executeRaw: (query) => transaction.executeRaw(query),
    commit: () => end(() => transaction.commit()),
    rollback: () => end(() => transaction.rollback()),
    ...(transaction.createSavepoint ? { createSavepoint: (name: string) => transaction.createSavepoint!(name) } : {}),
    ...(transaction.rollbackToSavepoint ? { rollbackToSavepoint: (name: string) => transaction.rollbackToSavepoint!(name) } : {}),
    ...(transaction.releaseSavepoint ? { releaseSavepoint: (name: string) => transaction.releaseSavepoint!(name) } : {}),
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
