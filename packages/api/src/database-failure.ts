/**
 * Recognizes the database failures that are not the request's fault and
 * pass if the client retries later: the database is unreachable, restarting,
 * read-only or out of space (DATABASE_UNAVAILABLE), or it is locked or
 * overloaded (DATABASE_BUSY). The API answers them with HTTP 503 and
 * Retry-After instead of a masked "Unexpected error.".
 *
 * Errors arrive wrapped: a Prisma error whose `meta.driverAdapterError`
 * holds the driver adapter's error, whose `cause` holds the driver's kind
 * and code; or a plain driver error (pg, better-sqlite3, node:net) from our
 * own connections (migrations, readiness). The chain is walked and the
 * first recognized link decides.
 */
export type DatabaseFailureCode = 'DATABASE_UNAVAILABLE' | 'DATABASE_BUSY';
export type DatabaseFailure = { code: DatabaseFailureCode; reason: string };

const unavailable = (reason: string): DatabaseFailure => ({ code: 'DATABASE_UNAVAILABLE', reason });
const busy = (reason: string): DatabaseFailure => ({ code: 'DATABASE_BUSY', reason });

const unreachable = 'the database cannot be reached';
const readOnly = 'the database is read-only';
const full = 'the database is out of disk space';
const locked = 'the database is busy (locked or overloaded)';

/** Prisma's own codes (https://www.prisma.io/docs/orm/reference/error-reference). */
const prismaCodes: Record<string, DatabaseFailure> = {
  P1001: unavailable(unreachable),
  P1002: unavailable(unreachable),
  P1017: unavailable('the database closed the connection'),
  P1008: busy(locked),
  P2024: busy('no database connection became free in time'),
  P2034: busy('a concurrent transaction conflicted; retry'),
};

/** The driver adapters' error kinds. */
const adapterKinds: Record<string, DatabaseFailure> = {
  DatabaseNotReachable: unavailable(unreachable),
  ConnectionClosed: unavailable('the database closed the connection'),
  TlsConnectionError: unavailable(unreachable),
  DatabaseDoesNotExist: unavailable('the database does not exist'),
  DatabaseAccessDenied: unavailable('the database refused access'),
  AuthenticationFailed: unavailable('the database refused access'),
  TooManyConnections: busy('the database has no free connection'),
  TransactionWriteConflict: busy('a concurrent transaction conflicted; retry'),
  SocketTimeout: busy(locked),
};

/** PostgreSQL SQLSTATE codes and classes (https://www.postgresql.org/docs/current/errcodes-appendix.html). */
function postgresFailure(sqlState: string): DatabaseFailure | null {
  if (sqlState.startsWith('08')) return unavailable(unreachable);
  if (sqlState === '25006') return unavailable(readOnly);
  if (sqlState === '53100') return unavailable(full);
  if (sqlState.startsWith('53')) return busy('the database is out of resources');
  if (sqlState === '57P01' || sqlState === '57P02' || sqlState === '57P03') return unavailable('the database is shutting down or starting');
  if (sqlState === '57014' || sqlState === '55P03') return busy(locked);
  if (sqlState === '40001' || sqlState === '40P01') return busy('a concurrent transaction conflicted; retry');
  return null;
}

/** SQLite result codes (https://www.sqlite.org/rescode.html), as better-sqlite3 names them. */
function sqliteFailure(code: string): DatabaseFailure | null {
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) return busy(locked);
  if (code === 'SQLITE_FULL') return unavailable(full);
  if (code.startsWith('SQLITE_READONLY')) return unavailable(readOnly);
  if (code.startsWith('SQLITE_IOERR') || code.startsWith('SQLITE_CANTOPEN') || code === 'SQLITE_NOLFS' || code === 'SQLITE_PROTOCOL') {
    return unavailable('the database file cannot be read or written');
  }
  return null;
}

/** Operating system errors of a socket or a file. */
const systemCodes: Record<string, DatabaseFailure> = {
  ECONNREFUSED: unavailable(unreachable),
  ECONNRESET: unavailable('the database closed the connection'),
  ETIMEDOUT: unavailable(unreachable),
  ENOTFOUND: unavailable(unreachable),
  EHOSTUNREACH: unavailable(unreachable),
  ENOSPC: unavailable(full),
  EROFS: unavailable(readOnly),
};

/** node-postgres errors without a code. */
const pgMessages: [RegExp, DatabaseFailure][] = [
  [/timeout exceeded when trying to connect/i, busy('no database connection became free in time')],
  [/Connection terminated/i, unavailable('the database closed the connection')],
  [/Client has encountered a connection error/i, unavailable(unreachable)],
];

/**
 * The retryable database failure behind an error, or null when it is
 * something else (a bug or an expected error).
 *
 * @example
 * databaseFailureOf(Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' }))
 * // => { code: 'DATABASE_UNAVAILABLE', reason: 'the database cannot be reached' }
 */
export function databaseFailureOf(error: unknown): DatabaseFailure | null {
  const seen = new Set<unknown>();
  const queue: unknown[] = [error];
  while (queue.length > 0) {
    const link = queue.shift();
    if (link === null || typeof link !== 'object' || seen.has(link)) continue;
    seen.add(link);
    const found = recognize(link as Record<string, unknown>);
    if (found) return found;
    const record = link as { cause?: unknown; originalError?: unknown; meta?: { driverAdapterError?: unknown } };
    queue.push(record.meta?.driverAdapterError, record.cause, record.originalError);
  }
  return null;
}

function recognize(link: Record<string, unknown>): DatabaseFailure | null {
  const code = typeof link.code === 'string' ? link.code : undefined;
  const kind = typeof link.kind === 'string' ? link.kind : undefined;
  if (kind === 'postgres' && code) return postgresFailure(code);
  if (kind === 'sqlite' || typeof link.originalCode === 'string') {
    const sqliteCode = typeof link.originalCode === 'string' ? link.originalCode : '';
    const found = sqliteFailure(sqliteCode);
    if (found) return found;
  }
  if (kind && adapterKinds[kind]) return adapterKinds[kind];
  if (code) {
    if (prismaCodes[code]) return prismaCodes[code];
    if (code.startsWith('SQLITE_')) return sqliteFailure(code);
    if (systemCodes[code]) return systemCodes[code];
    if (/^[0-9A-Z]{5}$/.test(code) && typeof link.severity === 'string') return postgresFailure(code);
  }
  if (code === 'P2028') {
    // Prisma's transaction API: no turn within maxWait, or the transaction ran past its timeout.
    const message = String(link.message ?? '');
    if (/in the given time|timeout|expired/i.test(message)) return busy('the write did not get its turn, or ran too long; retry');
  }
  const message = typeof link.message === 'string' ? link.message : '';
  for (const [pattern, failure] of pgMessages) if (pattern.test(message)) return failure;
  return null;
}
