import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDatabase, type Database } from '../db';
import { migrateDatabase } from '../migrations/migrate-database';
import { startPostgresServer, type PostgresServer } from '../testing/postgres-server';
import { hashApiToken, newApiToken } from './api-token';
import { resolveViewer } from './resolve-viewer';
import { tokenRefusedMessage } from './token-refusal';

/**
 * The token check is one raw statement (the token joined to its user, with
 * revocation and expiry in the WHERE) and nothing is cached: these run it
 * on both databases, where a DateTime is stored differently (text on
 * SQLite, a timestamp on PostgreSQL), around the edges of expiry and right
 * after a revocation.
 */
let postgres: PostgresServer;
const folder = mkdtempSync(join(tmpdir(), 'crm-resolve-viewer-'));
beforeAll(async () => {
  postgres = await startPostgresServer();
}, 60_000);
afterAll(async () => {
  await postgres?.stop();
  rmSync(folder, { recursive: true, force: true });
});

const urls = { sqlite: () => `file:${join(folder, 'viewer.db')}`, postgresql: () => postgres.createDatabase('viewer') };

describe.each(['sqlite', 'postgresql'] as const)('resolveViewer on %s', (provider) => {
  let database: Database;
  let userId: string;
  beforeAll(async () => {
    const url = await urls[provider]();
    await migrateDatabase(url);
    database = createDatabase(url);
    const organization = await database.prisma.organization.create({ data: { name: 'Org', industry: 'retail', sizeBand: 'small', region: 'europe' } });
    userId = (await database.prisma.user.create({ data: { name: 'Mia Member', email: 'mia@example.test', role: 'MEMBER', organizationId: organization.id } })).id;
  }, 60_000);
  afterAll(() => database?.close());

  const now = new Date('2026-06-01T12:00:00.000Z');
  const issue = async (data: { expiresAt: Date; revokedAt?: Date; lastUsedAt?: Date }) => {
    const token = newApiToken();
    const row = await database.prisma.apiToken.create({ data: { userId, tokenHash: hashApiToken(token), label: 'test', ...data } });
    return { token, id: row.id };
  };
  const refused = (token: string, at = now) => expect(resolveViewer(database.prisma, `Bearer ${token}`, at)).rejects.toThrow(tokenRefusedMessage);

  it('gives the user of a live token', async () => {
    const { token } = await issue({ expiresAt: new Date(now.getTime() + 1) });
    expect(await resolveViewer(database.prisma, `Bearer ${token}`, now)).toEqual({ userId, role: 'MEMBER', name: 'Mia Member', organizationId: expect.any(String) });
  });

  it('refuses a token from its expiry on (expiresAt is the first instant it no longer works)', async () => {
    const { token } = await issue({ expiresAt: now });
    await refused(token);
    await refused(token, new Date(now.getTime() + 86_400_000));
    expect(await resolveViewer(database.prisma, `Bearer ${token}`, new Date(now.getTime() - 1))).toMatchObject({ userId });
  });

  it('refuses a token at the first request after its revocation, though it worked a moment before', async () => {
    const { token, id } = await issue({ expiresAt: new Date(now.getTime() + 86_400_000) });
    expect(await resolveViewer(database.prisma, `Bearer ${token}`, now)).toMatchObject({ userId });
    await database.prisma.apiToken.update({ where: { id }, data: { revokedAt: now } });
    await refused(token);
  });

  it('refuses unknown and malformed tokens with the same message', async () => {
    await refused(newApiToken());
    await refused('crmm_short');
    await expect(resolveViewer(database.prisma, 'Basic abc', now)).rejects.toThrow(tokenRefusedMessage);
    expect(await resolveViewer(database.prisma, null, now)).toBeNull();
  });

  it('records lastUsedAt at most once a minute', async () => {
    const { token, id } = await issue({ expiresAt: new Date(now.getTime() + 86_400_000), lastUsedAt: new Date(now.getTime() - 30_000) });
    const lastUsed = async () => (await database.prisma.apiToken.findUniqueOrThrow({ where: { id } })).lastUsedAt?.toISOString();
    await resolveViewer(database.prisma, `Bearer ${token}`, now);
    expect(await lastUsed()).toBe(new Date(now.getTime() - 30_000).toISOString());
    const later = new Date(now.getTime() + 31_000);
    await resolveViewer(database.prisma, `Bearer ${token}`, later);
    expect(await lastUsed()).toBe(later.toISOString());
  });
});
