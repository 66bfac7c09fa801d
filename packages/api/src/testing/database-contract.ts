/**
 * What the API relies on from its database, checked the same way on SQLite
 * and on PostgreSQL (db.sqlite.test.ts, db.postgresql.test.ts): migrations
 * apply once and guard their history, the client reads and writes every
 * model, interactive transactions are all-or-nothing, and constraints fail
 * with the same Prisma error codes.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync, appendFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createDatabase, type Database, type Db } from '../db';
import type { DatabaseProvider } from '../database-url';
import { diffMigrationsToSchema } from '../migrations/diff-migrations';
import { migrateDatabase } from '../migrations/migrate-database';
import { readMigrations } from '../migrations/migration-files';
import type { EngineTarget } from '../migrations/schema-engine';
import { migrationsDirectory, sqliteSchemaPath } from '../package-paths';
import { postgresqlSchemaText } from '../prisma-schema/postgresql-schema';

export type ContractOptions = {
  provider: DatabaseProvider;
  /** The URL of a new, empty database for each call. */
  freshDatabase: () => Promise<string>;
  /** Where the schema engine may create shadow databases (for the schema-change test). */
  engineTarget: () => EngineTarget;
};

export function describeDatabaseContract({ provider, freshDatabase, engineTarget }: ContractOptions): void {
  const scratch = mkdtempSync(join(tmpdir(), `crm-maturity-contract-${provider}-`));
  const opened: Database[] = [];
  afterAll(async () => {
    for (const database of opened) await database.close();
    rmSync(scratch, { recursive: true, force: true });
  });
  const committed = readMigrations(migrationsDirectory(provider)).map((migration) => migration.name);
  let copies = 0;
  /** A copy of the committed migrations that a test may change. */
  const migrationsCopy = (): string => {
    const directory = join(scratch, `migrations-${++copies}`);
    cpSync(migrationsDirectory(provider), directory, { recursive: true });
    return directory;
  };
  const migrated = async (): Promise<Db> => {
    const url = await freshDatabase();
    await migrateDatabase(url);
    const database = createDatabase(url);
    opened.push(database);
    return database.prisma;
  };

  describe(`migrations on ${provider}`, () => {
    it('applies every committed migration to an empty database, then nothing the second time', async () => {
      const url = await freshDatabase();
      expect(committed.length).toBeGreaterThan(0);
      expect(await migrateDatabase(url)).toEqual({ provider, applied: committed });
      expect(await migrateDatabase(url)).toEqual({ provider, applied: [] });
    });

    it('lets concurrent migrators apply each migration once', async () => {
      const url = await freshDatabase();
      const results = await Promise.all([migrateDatabase(url), migrateDatabase(url), migrateDatabase(url)]);
      expect(results.flatMap((result) => result.applied).sort()).toEqual(committed);
    });

    it('refuses a database whose applied migration was edited since', async () => {
      const url = await freshDatabase();
      const directory = migrationsCopy();
      await migrateDatabase(url, { migrationsDirectory: directory });
      appendFileSync(join(directory, committed[0]!, 'migration.sql'), '\n-- an afterthought\n');
      await expect(migrateDatabase(url, { migrationsDirectory: directory })).rejects.toThrow(
        `migration ${committed[0]} was edited after it was applied to this database`,
      );
    });

    it('ignores line-ending changes in an applied migration', async () => {
      const url = await freshDatabase();
      const directory = migrationsCopy();
      await migrateDatabase(url, { migrationsDirectory: directory });
      const file = join(directory, committed[0]!, 'migration.sql');
      writeFileSync(file, readFileSync(file, 'utf8').replace(/\n/g, '\r\n'));
      expect(await migrateDatabase(url, { migrationsDirectory: directory })).toEqual({ provider, applied: [] });
    });

    it('refuses a database migrated by a version with more migrations', async () => {
      const url = await freshDatabase();
      const newer = migrationsCopy();
      addMigration(newer, '29990101000000_future', 'CREATE TABLE "Future" ("id" INTEGER NOT NULL);\n');
      await migrateDatabase(url, { migrationsDirectory: newer });
      await expect(migrateDatabase(url)).rejects.toThrow('the database has migration 29990101000000_future applied, but this version has no such migration folder');
    });

    it('rolls a failing migration back entirely and applies it once fixed', async () => {
      const url = await freshDatabase();
      const directory = migrationsCopy();
      await migrateDatabase(url, { migrationsDirectory: directory });
      addMigration(directory, '29990101000000_broken', 'CREATE TABLE "Half" ("id" INTEGER NOT NULL);\nINSERT INTO "NoSuchTable" ("id") VALUES (1);\n');
      await expect(migrateDatabase(url, { migrationsDirectory: directory })).rejects.toThrow('migration 29990101000000_broken failed and was rolled back');
      addMigration(directory, '29990101000000_broken', 'CREATE TABLE "Half" ("id" INTEGER NOT NULL);\nINSERT INTO "Half" ("id") VALUES (1);\n');
      expect(await migrateDatabase(url, { migrationsDirectory: directory })).toEqual({ provider, applied: ['29990101000000_broken'] });
      const database = createDatabase(url);
      opened.push(database);
      expect(await database.prisma.$queryRawUnsafe('SELECT "id" FROM "Half"')).toEqual([{ id: 1 }]);
    });

    it('keeps existing rows through a generated schema change, child rows included', async () => {
      // On SQLite, making a column optional rebuilds the table (drop and
      // rename); with foreign keys on, dropping Organization would cascade
      // into Assessment. The applier must prevent that.
      const url = await freshDatabase();
      const directory = migrationsCopy();
      await migrateDatabase(url, { migrationsDirectory: directory });
      const database = createDatabase(url);
      opened.push(database);
      const { assessment } = await seedAssessment(database.prisma, 'rebuild');

      const sqliteSchema = readFileSync(sqliteSchemaPath, 'utf8').replace(/(model Organization \{[^}]*?\n\s*region\s+)String\b/, '$1String?');
      expect(sqliteSchema).toMatch(/region\s+String\?/);
      const diff = await diffMigrationsToSchema(engineTarget(), directory, provider === 'sqlite' ? sqliteSchema : postgresqlSchemaText(sqliteSchema));
      expect(diff.hasChanges).toBe(true);
      addMigration(directory, '29990101000000_optional_region', diff.sql);
      expect(await migrateDatabase(url, { migrationsDirectory: directory })).toEqual({ provider, applied: ['29990101000000_optional_region'] });

      expect(await database.prisma.assessment.count({ where: { id: assessment.id } })).toBe(1);
      expect(await database.prisma.answer.count({ where: { respondent: { assessmentId: assessment.id } } })).toBe(3);
    });
  });

  describe(`the client on ${provider}`, () => {
    it('creates an organization, a user and an assessment with respondents and answers, and reads them back', async () => {
      const prisma = await migrated();
      const { organization, user, assessment } = await seedAssessment(prisma, 'acme');
      expect(assessment.status).toBe('DRAFT');
      expect(assessment.createdAt).toBeInstanceOf(Date);
      expect(assessment.respondents.map((respondent) => [respondent.key, respondent.answers.length])).toEqual([
        ['r1', 2],
        ['r2', 1],
      ]);

      const read = await prisma.organization.findUniqueOrThrow({
        where: { id: organization.id },
        include: { members: true, assessments: { include: { respondents: { include: { answers: { orderBy: { questionId: 'asc' } } }, orderBy: { key: 'asc' } } } } },
      });
      expect(read.members.map((member) => member.email)).toEqual([user.email]);
      const [first] = read.assessments[0]!.respondents;
      expect(first!.answers.map(({ questionId, value, notApplicable, revision }) => ({ questionId, value, notApplicable, revision }))).toEqual([
        { questionId: 'q1', value: '3', notApplicable: false, revision: 1 },
        { questionId: 'q2', value: null, notApplicable: true, revision: 1 },
      ]);

      const result = await prisma.storedResult.create({
        data: { assessmentId: assessment.id, questionnaireVersion: '1.0.0', fingerprint: 'sha256:abc', overallScore: 3.25, overallLevel: 'DEFINED', result: '{"overall":3.25}' },
      });
      expect(result.overallScore).toBe(3.25);
      const submitted = await prisma.assessment.update({ where: { id: assessment.id }, data: { status: 'SUBMITTED', submittedAt: new Date('2025-01-02T03:04:05.678Z') } });
      expect(submitted.submittedAt?.toISOString()).toBe('2025-01-02T03:04:05.678Z');
      expect(submitted.updatedAt.getTime()).toBeGreaterThanOrEqual(assessment.updatedAt.getTime());
    });

    it('deletes an organization with its assessments, respondents and answers (cascade)', async () => {
      const prisma = await migrated();
      const { organization, user } = await seedAssessment(prisma, 'cascade');
      await prisma.user.update({ where: { id: user.id }, data: { organizationId: null } });
      await prisma.assessment.updateMany({ where: { organizationId: organization.id }, data: { createdById: user.id } });
      await prisma.organization.delete({ where: { id: organization.id } });
      expect([await prisma.assessment.count(), await prisma.respondent.count(), await prisma.answer.count()]).toEqual([0, 0, 0]);
    });

    it('rolls an interactive transaction back entirely when it throws', async () => {
      const prisma = await migrated();
      const { assessment } = await seedAssessment(prisma, 'rollback');
      const before = await snapshot(prisma);
      await expect(
        prisma.$transaction(async (tx) => {
          await tx.organization.create({ data: { name: 'Half-written', industry: 'retail', sizeBand: '1-49', region: 'EU' } });
          await tx.answer.updateMany({ where: { respondent: { assessmentId: assessment.id } }, data: { value: '"overwritten"', revision: { increment: 1 } } });
          await tx.respondent.create({ data: { assessmentId: assessment.id, key: 'r3', businessUnit: 'Finance', answers: { create: [{ questionId: 'q1', value: '1' }] } } });
          throw new Error('the last step failed');
        }),
      ).rejects.toThrow('the last step failed');
      expect(await snapshot(prisma)).toEqual(before);
    });

    it('rolls an interactive transaction back when a statement in it violates a constraint', async () => {
      const prisma = await migrated();
      const { assessment } = await seedAssessment(prisma, 'violation');
      const before = await snapshot(prisma);
      await expect(
        prisma.$transaction(async (tx) => {
          await tx.respondent.create({ data: { assessmentId: assessment.id, key: 'r3', businessUnit: 'Finance' } });
          await tx.respondent.create({ data: { assessmentId: assessment.id, key: 'r1', businessUnit: 'Duplicate' } });
        }),
      ).rejects.toMatchObject({ code: 'P2002' });
      expect(await snapshot(prisma)).toEqual(before);
    });

    it('commits an interactive transaction that completes', async () => {
      const prisma = await migrated();
      const { assessment } = await seedAssessment(prisma, 'commit');
      const count = await prisma.$transaction(async (tx) => {
        await tx.respondent.create({ data: { assessmentId: assessment.id, key: 'r3', businessUnit: 'Finance' } });
        return tx.respondent.count({ where: { assessmentId: assessment.id } });
      });
      expect(count).toBe(3);
      expect(await prisma.respondent.count({ where: { assessmentId: assessment.id } })).toBe(3);
    });

    it('keeps reads and writes outside a transaction out of it while it is open', async () => {
      // The stock SQLite adapter shares one connection: a plain query issued
      // while another request's transaction awaits ran inside it, read its
      // uncommitted rows and was rolled back with it (regression guard for
      // sqlite-adapter.ts). Single-statement writes like updateMany show it;
      // create() happens to be wrapped in a transaction of its own.
      const prisma = await migrated();
      await prisma.organization.create({ data: { name: 'Base', industry: 'retail', sizeBand: '1-49', region: 'EU' } });
      const failing = prisma.$transaction(async (tx) => {
        await tx.organization.create({ data: { name: 'Inside', industry: 'retail', sizeBand: '1-49', region: 'EU' } });
        await new Promise((resolve) => setTimeout(resolve, 150));
        throw new Error('abandoned');
      });
      await new Promise((resolve) => setTimeout(resolve, 30));
      const seen = prisma.organization.count();
      const updated = prisma.organization.updateMany({ where: { name: 'Base' }, data: { region: 'NA' } });
      await expect(failing).rejects.toThrow('abandoned');
      expect(await seen).toBe(1);
      expect((await updated).count).toBe(1);
      expect(await prisma.organization.findMany({ select: { name: true, region: true } })).toEqual([{ name: 'Base', region: 'NA' }]);
    });

    it('rejects duplicates of unique keys with P2002, single and compound alike', async () => {
      const prisma = await migrated();
      const { assessment, user } = await seedAssessment(prisma, 'unique');
      await expect(prisma.user.create({ data: { name: 'Twin', email: user.email, role: 'ADMIN' } })).rejects.toMatchObject({ code: 'P2002' });
      const respondent = await prisma.respondent.findFirstOrThrow({ where: { assessmentId: assessment.id, key: 'r1' } });
      await expect(prisma.answer.create({ data: { respondentId: respondent.id, questionId: 'q1', value: '4' } })).rejects.toMatchObject({ code: 'P2002' });
      await expect(prisma.respondent.create({ data: { assessmentId: assessment.id, key: 'r1', businessUnit: 'Again' } })).rejects.toMatchObject({ code: 'P2002' });
      // Unique within the assessment only: another assessment may reuse the key.
      const other = await prisma.assessment.create({ data: { organizationId: assessment.organizationId, questionnaireId: 'crm-maturity', questionnaireVersion: '1.0.0', createdById: user.id } });
      await expect(prisma.respondent.create({ data: { assessmentId: other.id, key: 'r1', businessUnit: 'Sales' } })).resolves.toMatchObject({ key: 'r1' });
      // Text comparison is case-sensitive on both providers.
      await expect(prisma.user.create({ data: { name: 'Case', email: user.email.toUpperCase(), role: 'ADMIN' } })).resolves.toMatchObject({ role: 'ADMIN' });
    });

    it('rejects a reference to a missing row with P2003', async () => {
      const prisma = await migrated();
      await expect(prisma.user.create({ data: { name: 'Lost', email: 'lost@example.test', role: 'MEMBER', organizationId: 'no-such-organization' } })).rejects.toMatchObject({
        code: 'P2003',
      });
    });
  });
}

function addMigration(directory: string, name: string, sql: string): void {
  mkdirSync(join(directory, name), { recursive: true });
  writeFileSync(join(directory, name, 'migration.sql'), sql);
}

async function seedAssessment(prisma: Db, tag: string) {
  const organization = await prisma.organization.create({ data: { name: `Org ${tag}`, industry: 'retail', sizeBand: '50-249', region: 'EU' } });
  const user = await prisma.user.create({ data: { name: `Member ${tag}`, email: `member-${tag}@example.test`, role: 'MEMBER', organizationId: organization.id } });
  const assessment = await prisma.assessment.create({
    data: {
      organizationId: organization.id,
      questionnaireId: 'crm-maturity',
      questionnaireVersion: '1.0.0',
      createdById: user.id,
      respondents: {
        create: [
          { key: 'r1', name: 'Ann', businessUnit: 'Sales', answers: { create: [{ questionId: 'q1', value: '3' }, { questionId: 'q2', notApplicable: true }] } },
          { key: 'r2', businessUnit: 'Service', answers: { create: [{ questionId: 'q1', value: '"option-a"', evidence: 'CRM export, May' }] } },
        ],
      },
    },
    include: { respondents: { include: { answers: true }, orderBy: { key: 'asc' } } },
  });
  return { organization, user, assessment };
}

/** Every row the tests write, in a stable order. */
async function snapshot(prisma: Db) {
  return {
    organizations: await prisma.organization.findMany({ orderBy: { id: 'asc' } }),
    users: await prisma.user.findMany({ orderBy: { id: 'asc' } }),
    assessments: await prisma.assessment.findMany({ orderBy: { id: 'asc' } }),
    respondents: await prisma.respondent.findMany({ orderBy: { id: 'asc' } }),
    answers: await prisma.answer.findMany({ orderBy: { id: 'asc' } }),
  };
}
