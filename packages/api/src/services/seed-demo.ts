import { chmodSync, mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { generateResponses, type AnswerFile } from '@crm-maturity/core';
import { bundledExamplesDirectory } from '@crm-maturity/questionnaires';
import { z } from 'zod';
import type { Viewer } from '../auth/roles';
import type { Db, DbTransaction } from '../db';
import { Prisma } from '../generated/sqlite/client';
import { addRespondent, saveAnswers, startAssessment, submitAssessment } from './assessments';
import { defaultTokenPolicy, type TokenPolicy } from '../auth/token-policy';
import { importDataset } from './benchmarks';
import { latestQuestionnaire } from './questionnaires';
import { publishRelease } from './releases';
import { issueToken } from './api-tokens';

export type DemoToken = { role: string; email: string; token: string };
export type DemoSeed = {
  /** True when this call finished the seed (and so issued the tokens); false when it was complete already or the database is not a demo. */
  created: boolean;
  tokens: DemoToken[];
  /** The steps this call ran, in order (empty when there was nothing to do). */
  ran: string[];
};

export type SeedOptions = {
  benchmarkSize?: number;
  /** The minimum cohort size of the first release (default 5). */
  minCohortSize?: number;
  tokenPolicy?: TokenPolicy;
  /** Where the tokens are written (mode 600) before the seed counts as complete, so a crash cannot lose them. */
  tokensFile?: string;
  /** Called after each step is recorded (the server logs it). */
  onStepDone?: (step: string) => void;
};

type SeedContext = { db: Db; options: SeedOptions; tokens: DemoToken[] };

/**
 * One step of the demo seed. A step must be idempotent: it may have run
 * partly before (the process was killed), so it finds what is there by
 * natural keys (emails, names) and does only what is missing. Its
 * completion is recorded after it returns; a step that runs in one
 * transaction records itself inside it (`markDone(tx, name)`).
 */
type SeedStep = { name: string; run: (context: SeedContext) => Promise<void> };

/** The table that records finished seed steps, created on first use (like the migrations table). */
export const demoSeedTable = '_crm_maturity_demo_seed';

const people = {
  admin: { name: 'Demo Admin', email: 'admin@demo.example', role: 'ADMIN' },
  consultant: { name: 'Demo Consultant', email: 'consultant@demo.example', role: 'CONSULTANT' },
  researcher: { name: 'Demo Researcher', email: 'researcher@demo.example', role: 'RESEARCHER' },
  member: { name: 'Demo Member', email: 'member@demo.example', role: 'MEMBER' },
} as const;
const benchmarkName = 'Synthetic demo benchmark';
const tokenLabel = 'demo';

/**
 * The demo, in order. Add a step by appending it here (or inserting it
 * where it belongs): e.g. publishing the first benchmark release goes right
 * after `benchmark`, before `tokens`, which must stay last (its completion
 * marks the whole seed complete).
 */
export const demoSeedSteps: readonly SeedStep[] = [
  {
    // The people and the example organizations, in one transaction with the step's record.
    name: 'people-and-organizations',
    run: ({ db }) =>
      db.$transaction(async (tx) => {
        const byRole: Record<string, string> = {};
        for (const person of [people.admin, people.consultant, people.researcher]) {
          byRole[person.role] = (await tx.user.upsert({ where: { email: person.email }, update: {}, create: { ...person } })).id;
        }
        let firstOrganizationId: string | null = null;
        for (const file of exampleFiles()) {
          const name = file.answers.organization.name;
          const organization =
            (await tx.organization.findFirst({ where: { name, consultants: { some: { consultantId: byRole.CONSULTANT! } } }, select: { id: true } })) ??
            (await tx.organization.create({
              data: {
                name,
                industry: file.answers.organization.industry ?? 'other',
                sizeBand: file.answers.organization.sizeBand ?? 'medium',
                region: file.answers.organization.region ?? 'europe',
                consultants: { create: { consultantId: byRole.CONSULTANT! } },
              },
              select: { id: true },
            }));
          firstOrganizationId ??= organization.id;
        }
        await tx.user.upsert({ where: { email: people.member.email }, update: {}, create: { ...people.member, organizationId: firstOrganizationId } });
        await markDone(tx, 'people-and-organizations');
      }),
  },
  {
    // Each organization's submitted assessments (the retailer also an earlier one, so progress shows), through the API's services.
    name: 'example-assessments',
    run: async ({ db }) => {
      const admin = await viewerOf(db, people.admin.email);
      for (const file of exampleFiles()) {
        const organization = await db.organization.findFirstOrThrow({ where: { name: file.answers.organization.name, consultants: { some: { consultant: { email: people.consultant.email } } } } });
        const wanted = file.name === 'small-retailer.json' ? [earlierVersionOf(file.answers), file.answers] : [file.answers];
        // A draft left by a killed run is thrown away; submitted ones count, in order.
        await db.assessment.deleteMany({ where: { organizationId: organization.id, status: 'DRAFT' } });
        const submitted = await db.assessment.count({ where: { organizationId: organization.id, status: 'SUBMITTED' } });
        for (const answers of wanted.slice(submitted)) await submitFile(db, admin, organization.id, answers);
      }
    },
  },
  {
    // The synthetic benchmark: importDataset writes it in one transaction, so it is there whole or not at all.
    name: 'benchmark',
    run: async ({ db, options }) => {
      if (await db.benchmarkDataset.count({ where: { name: benchmarkName } })) return;
      const questionnaire = latestQuestionnaire();
      const rows = [...generateResponses({ questionnaire, count: options.benchmarkSize ?? 3000, seed: 1, periods: ['2025', '2026'] })];
      await importDataset(
        db,
        await viewerOf(db, people.admin.email),
        { name: benchmarkName, description: 'Generated organizations calibrated to the published figures (seed 1). Not real data.', format: 'jsonl', chunks: [rows.map((r) => JSON.stringify(r)).join('\n')] },
      );
    },
  },
  {
    // The first benchmark release, so cohort figures exist from the start; one insert, so it is there whole or not at all.
    name: 'release',
    run: async ({ db, options }) => {
      const questionnaire = latestQuestionnaire();
      if (await db.benchmarkRelease.count({ where: { questionnaireId: questionnaire.id, questionnaireVersion: questionnaire.version } })) return;
      await publishRelease(db, await viewerOf(db, people.admin.email), { questionnaire, mode: 'EXACT', minSize: options.minCohortSize ?? 5 });
    },
  },
  {
    // Last: fresh tokens (any from a killed run were never shown, so they are revoked), written to the file before the seed counts as complete.
    name: 'tokens',
    run: async (context) => {
      const { db, options } = context;
      const users = await db.user.findMany({ where: { email: { in: Object.values(people).map((p) => p.email) } } });
      await db.apiToken.updateMany({ where: { userId: { in: users.map((u) => u.id) }, label: tokenLabel, revokedAt: null }, data: { revokedAt: new Date() } });
      const tokens: DemoToken[] = [];
      for (const person of Object.values(people)) {
        const user = users.find((u) => u.email === person.email)!;
        tokens.push({ role: user.role, email: user.email, token: (await issueToken(db, options.tokenPolicy ?? defaultTokenPolicy, { userId: user.id, label: tokenLabel })).token });
      }
      if (options.tokensFile) writeTokensFile(options.tokensFile, tokens);
      context.tokens = tokens;
    },
  },
];

/**
 * Seeds the demo, or finishes a seed that an earlier start began: runs, in
 * order, every step of `demoSeedSteps` not yet recorded as done. The demo
 * is complete exactly when every step is recorded, and the tokens are
 * written to `options.tokensFile` before the last record. A database with
 * users but no seed record and no demo admin is not a demo: it is left
 * alone. Callers that may start together must hold a lock around this
 * (the server does: see startup-lock.ts); the steps themselves only
 * tolerate having been interrupted.
 */
export async function seedDemo(db: Db, options: SeedOptions = {}): Promise<DemoSeed> {
  await db.$executeRawUnsafe(`CREATE TABLE IF NOT EXISTS ${demoSeedTable} (step TEXT PRIMARY KEY, completed_at TEXT NOT NULL)`);
  const done = await doneSteps(db);
  if (done.size === 0 && (await db.user.count()) > 0 && !(await db.user.findUnique({ where: { email: people.admin.email } }))) {
    return { created: false, tokens: [], ran: [] };
  }
  const context: SeedContext = { db, options, tokens: [] };
  const ran: string[] = [];
  for (const step of demoSeedSteps) {
    if (done.has(step.name)) continue;
    await step.run(context);
    await markDone(db, step.name);
    ran.push(step.name);
    options.onStepDone?.(step.name);
  }
  return { created: ran.includes('tokens'), tokens: context.tokens, ran };
}

const seedRowSchema = z.object({ step: z.string() });

async function doneSteps(db: Db): Promise<Set<string>> {
  const rows = z.array(seedRowSchema).parse(await db.$queryRawUnsafe(`SELECT step FROM ${demoSeedTable}`));
  return new Set(rows.map((r) => r.step));
}

async function markDone(db: DbTransaction, step: string): Promise<void> {
  await db.$executeRaw`INSERT INTO ${Prisma.raw(demoSeedTable)} (step, completed_at) VALUES (${step}, ${new Date().toISOString()}) ON CONFLICT (step) DO NOTHING`;
}

function writeTokensFile(file: string, tokens: DemoToken[]): void {
  mkdirSync(dirname(file), { recursive: true });
  // Written aside and renamed, so the file is either the old one or the whole new one.
  const partial = `${file}.partial`;
  writeFileSync(partial, tokens.map((t) => `${t.role.padEnd(10)} ${t.email.padEnd(26)} ${t.token}`).join('\n') + '\n', { mode: 0o600 });
  chmodSync(partial, 0o600);
  renameSync(partial, file);
}

async function viewerOf(db: Db, email: string): Promise<Viewer> {
  const user = await db.user.findUniqueOrThrow({ where: { email } });
  return { userId: user.id, role: 'ADMIN', name: user.name, organizationId: null };
}

function exampleFiles(): { name: string; answers: AnswerFile }[] {
  return readdirSync(bundledExamplesDirectory())
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((name) => ({ name, answers: JSON.parse(readFileSync(join(bundledExamplesDirectory(), name), 'utf8')) as AnswerFile }));
}

async function submitFile(db: Db, viewer: Viewer, organizationId: string, file: AnswerFile): Promise<void> {
  const assessment = await startAssessment(db, viewer, { organizationId, questionnaireVersion: file.questionnaire.version });
  for (const respondent of file.respondents) {
    await addRespondent(db, viewer, { assessmentId: assessment.id, key: respondent.id, name: respondent.name ?? null, businessUnit: respondent.businessUnit });
    const answers = Object.entries(respondent.answers).map(([questionId, answer]) =>
      'notApplicable' in answer ? { questionId, notApplicable: true, evidence: answer.evidence ?? null } : { questionId, value: answer.value, evidence: answer.evidence ?? null },
    );
    await saveAnswers(db, viewer, { assessmentId: assessment.id, respondentKey: respondent.id, answers });
  }
  await submitAssessment(db, viewer, assessment.id);
}

/** The retailer a year earlier: the same answers, but a few practices not yet in place. */
function earlierVersionOf(file: AnswerFile): AnswerFile {
  const earlier = structuredClone(file);
  const answers = earlier.respondents[0]!.answers;
  if (answers['information.customer-data-sources']) answers['information.customer-data-sources'] = { value: 12 };
  if (answers['process.voice-of-customer-programme']) answers['process.voice-of-customer-programme'] = { value: 'none' };
  if (answers['people.executive-customer-review']) answers['people.executive-customer-review'] = { value: 'never' };
  return earlier;
}
