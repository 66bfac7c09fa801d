import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';

/** An in-memory DuckDB on one thread: the independent reference for cohort statistics. */
export async function openDuckDb(): Promise<DuckDBConnection> {
  const instance = await DuckDBInstance.create(':memory:', { threads: '1' });
  return instance.connect();
}

/** Loads columns (same length) into a new table through the appender. */
export async function loadTable(connection: DuckDBConnection, table: string, columns: Record<string, ArrayLike<number> | string[]>): Promise<void> {
  const names = Object.keys(columns);
  const types = names.map((name) => (Array.isArray(columns[name]) ? 'VARCHAR' : 'DOUBLE'));
  await connection.run(`CREATE TABLE ${table} (${names.map((n, i) => `"${n}" ${types[i]}`).join(', ')})`);
  const appender = await connection.createAppender(table);
  const length = columns[names[0]!]!.length;
  for (let row = 0; row < length; row++) {
    names.forEach((name, i) => {
      const column = columns[name]!;
      if (types[i] === 'VARCHAR') appender.appendVarchar((column as string[])[row]!);
      else appender.appendDouble((column as ArrayLike<number>)[row]!);
    });
    appender.endRow();
  }
  appender.closeSync();
}
