// DuckDB's side of the whole-job bench, in a process of its own so that its
// wall time, CPU time and peak RSS are its own: runs the query in the file
// argv[2] on an in-memory database with default threads and writes the
// rows as JSON to argv[3]. Plain JavaScript: no TypeScript loader to start.
import { readFileSync, writeFileSync } from 'node:fs';
import { DuckDBInstance } from '@duckdb/node-api';

const instance = await DuckDBInstance.create(':memory:');
const connection = await instance.connect();
const rows = (await connection.runAndReadAll(readFileSync(process.argv[2], 'utf8'))).getRowObjectsJS();
const threads = (await connection.runAndReadAll(`SELECT current_setting('threads') AS t`)).getRowObjectsJS()[0].t;
writeFileSync(process.argv[3], JSON.stringify({ threads: Number(threads), rows }, (_, v) => (typeof v === 'bigint' ? Number(v) : v)));
connection.closeSync();
