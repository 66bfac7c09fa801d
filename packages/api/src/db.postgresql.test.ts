import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDatabase } from './db';
import { migrateDatabase } from './migrations/migrate-database';
import { describeDatabaseContract } from './testing/database-contract';
import { startPostgresServer, type PostgresServer } from './testing/postgres-server';

let server: PostgresServer;
beforeAll(async () => {
  server = await startPostgresServer();
}, 60_000);
afterAll(() => server?.stop());
let count = 0;

describeDatabaseContract({
  provider: 'postgresql',
  freshDatabase: () => server.createDatabase(`contract_${++count}`),
  engineTarget: () => ({ provider: 'postgresql', url: server.urlFor('postgres') }),
});

describe('a PostgreSQL database', () => {
  it('is chosen for postgres:// as well as postgresql:// URLs, and its connections end on close', async () => {
    const url = (await server.createDatabase('scheme')).replace(/^postgresql:/, 'postgres:');
    await migrateDatabase(url);
    const database = createDatabase(url);
    expect(database.provider).toBe('postgresql');
    expect(await database.prisma.organization.count()).toBe(0);
    await database.close();
    const observer = createDatabase(server.url);
    const rows = await observer.prisma.$queryRawUnsafe<{ connections: number }[]>(
      `SELECT count(*)::int AS connections FROM pg_stat_activity WHERE datname = 'scheme'`,
    );
    await observer.close();
    expect(rows).toEqual([{ connections: 0 }]);
  });
});
