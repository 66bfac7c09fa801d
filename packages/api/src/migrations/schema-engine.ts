/**
 * Prisma's schema engine compiled to WebAssembly (`@prisma/schema-engine-wasm`),
 * driven through driver adapters: it computes migrations offline, where the
 * Prisma CLI would want to download a native engine binary.
 *
 * Used only to create migrations and to check that they match the schema;
 * applying them at start is done by migrate-database.ts.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import * as bindings from '@prisma/schema-engine-wasm/schema_engine_bg';
import type { SchemaEngine } from '@prisma/schema-engine-wasm/schema_engine_bg';
import {
  bindMigrationAwareSqlAdapterFactory,
  type SqlDriverAdapter,
  type SqlMigrationAwareDriverAdapterFactory,
  type SqlQuery,
} from '@prisma/driver-adapter-utils';
import { PrismaBetterSqlite3 } from '@prisma/adapter-better-sqlite3';
import { PrismaPg } from '@prisma/adapter-pg';
import pg from 'pg';

export type { SchemaEngine };

let loaded: Promise<typeof bindings> | undefined;

// Node has WebAssembly; the typings for it come only with the DOM library, which this project does not use.
declare const WebAssembly: {
  instantiate: (bytes: Uint8Array, imports: Record<string, unknown>) => Promise<{ instance: { exports: Record<string, unknown> } }>;
};

/**
 * Instantiates the engine's WebAssembly once per process. The package's entry
 * imports the .wasm as an ES module, which Node 20 allows only behind
 * --experimental-wasm-modules, so the bytes are loaded here instead.
 */
function loadBindings(): Promise<typeof bindings> {
  loaded ??= (async () => {
    const packageDir = dirname(createRequire(import.meta.url).resolve('@prisma/schema-engine-wasm'));
    const bytes = await readFile(join(packageDir, 'schema_engine_bg.wasm'));
    const { instance } = await WebAssembly.instantiate(bytes, { './schema_engine_bg.js': bindings });
    bindings.__wbg_set_wasm(instance.exports);
    (instance.exports.__wbindgen_start as () => void)();
    return bindings;
  })();
  return loaded;
}

/** Where the engine's databases are: SQLite works in memory; PostgreSQL needs a server (any database on it) to create shadow databases on. */
export type EngineTarget = { provider: 'sqlite' } | { provider: 'postgresql'; url: string };

/**
 * Runs `work` with a schema engine and releases everything afterwards. The
 * engine never closes the connections it opens, so every adapter handed to
 * it is tracked here and disposed at the end (a SQLite file would otherwise
 * stay locked, a PostgreSQL pool keep the process alive).
 */
export async function withSchemaEngine<T>(target: EngineTarget, work: (engine: SchemaEngine) => Promise<T>): Promise<T> {
  const engineBindings = await loadBindings();
  const opened: SqlDriverAdapter[] = [];
  const factory = target.provider === 'sqlite' ? sqliteFactory(opened) : postgresFactory(target.url, opened);
  const logs: string[] = [];
  const engine = await engineBindings.SchemaEngine.new({ datamodels: undefined }, (line: string) => logs.push(line), bindMigrationAwareSqlAdapterFactory(factory));
  try {
    return await work(engine);
  } catch (error) {
    const errors = logs.filter((line) => line.includes('"ERROR"')).slice(-3);
    if (errors.length > 0 && error instanceof Error) error.message += `\nschema engine log:\n${errors.join('\n')}`;
    throw error;
  } finally {
    engine.free();
    for (const adapter of opened.reverse()) await adapter.dispose().catch(() => undefined);
  }
}

/**
 * SQLite in memory for both the main and the shadow database. The engine
 * sends a whole migration file through `executeRaw`, while better-sqlite3
 * prepares one statement at a time, so parameterless raw calls go to
 * `executeScript`.
 */
function sqliteFactory(opened: SqlDriverAdapter[]): SqlMigrationAwareDriverAdapterFactory {
  const inner = new PrismaBetterSqlite3({ url: ':memory:' });
  const track = (adapter: SqlDriverAdapter): SqlDriverAdapter => {
    opened.push(adapter);
    return delegate(adapter, {
      executeRaw: async (query: SqlQuery) => {
        if (query.args.length > 0) return adapter.executeRaw(query);
        await adapter.executeScript(query.sql);
        return 0;
      },
    });
  };
  return {
    provider: 'sqlite',
    adapterName: inner.adapterName,
    connect: async () => track(await inner.connect()),
    connectToShadowDb: async () => track(await inner.connectToShadowDb()),
  };
}

/**
 * PostgreSQL: the main connection goes to the given database; each shadow
 * database is created fresh on the same server and dropped when the engine's
 * adapter for it is disposed. Catalog columns of type "char" (OID 18), which
 * the engine reads while describing a schema, are unknown to the pg adapter
 * and are reported to it as text.
 */
function postgresFactory(url: string, opened: SqlDriverAdapter[]): SqlMigrationAwareDriverAdapterFactory {
  const connectTo = async (databaseUrl: string): Promise<SqlDriverAdapter> => {
    const pool = new pg.Pool({ connectionString: databaseUrl, Client: CatalogClient, max: 2 });
    const adapter = await new PrismaPg(pool, { disposeExternalPool: true }).connect();
    return adapter;
  };
  let shadowCount = 0;
  return {
    provider: 'postgres',
    adapterName: '@prisma/adapter-pg',
    connect: async () => {
      const adapter = await connectTo(url);
      opened.push(adapter);
      return adapter;
    },
    connectToShadowDb: async () => {
      const name = `crm_maturity_shadow_${process.pid}_${Date.now()}_${++shadowCount}`;
      const admin = new pg.Client({ connectionString: url });
      await admin.connect();
      try {
        await admin.query(`CREATE DATABASE "${name}"`);
      } finally {
        await admin.end();
      }
      const shadowUrl = new URL(url);
      shadowUrl.pathname = `/${name}`;
      const adapter = await connectTo(shadowUrl.toString());
      const shadow = delegate(adapter, {
        dispose: async () => {
          await adapter.dispose();
          const dropper = new pg.Client({ connectionString: url });
          await dropper.connect();
          try {
            await dropper.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
          } finally {
            await dropper.end();
          }
        },
      });
      opened.push(shadow);
      return shadow;
    },
  };
}

/** A pg client that reports "char" (OID 18) result columns as text (OID 25), which the Prisma adapter understands. */
class CatalogClient extends pg.Client {
  override query(...args: unknown[]): never {
    const callback = typeof args[args.length - 1] === 'function' ? (args.pop() as (error: Error | null, result: unknown) => void) : undefined;
    const call = super.query as unknown as (...callArgs: unknown[]) => unknown;
    if (callback) {
      return call.call(this, ...args, (error: Error | null, result: unknown) => callback(error, error ? result : charAsText(result))) as never;
    }
    const pending = call.apply(this, args);
    return (pending instanceof Promise ? pending.then(charAsText) : pending) as never;
  }
}

function charAsText(result: unknown): unknown {
  for (const item of Array.isArray(result) ? result : [result]) {
    const fields = (item as { fields?: { dataTypeID: number }[] } | null)?.fields;
    for (const field of fields ?? []) if (field.dataTypeID === 18) field.dataTypeID = 25;
  }
  return result;
}

/** An adapter that forwards everything to `inner` except the methods given. */
function delegate(inner: SqlDriverAdapter, overrides: Partial<SqlDriverAdapter>): SqlDriverAdapter {
  return {
    provider: inner.provider,
    adapterName: inner.adapterName,
    queryRaw: (query) => inner.queryRaw(query),
    executeRaw: (query) => inner.executeRaw(query),
    executeScript: (script) => inner.executeScript(script),
    startTransaction: (isolationLevel) => inner.startTransaction(isolationLevel),
    dispose: () => inner.dispose(),
    ...(inner.getConnectionInfo ? { getConnectionInfo: () => inner.getConnectionInfo!() } : {}),
    ...overrides,
  };
}
