// The servers of the API benches, each in a process of its own (started by
// bench/suites/api-throughput.ts, never loaded by the process that measures):
//
//   api <databaseUrl> <dataDir>   the real API (startServer: migrations, demo seed, yoga, Pothos, Prisma)
//   prisma <databaseUrl>          raw node:http + the same Prisma client and adapter (createDatabase),
//                                 sending the same statements for the token check and the result read
//   driver <databaseUrl>          raw node:http + the bare driver (better-sqlite3 or pg), the same SQL
//   score                         raw node:http doing the scoreAnswerFile work (validation and scoring)
//
// Protocol: one JSON line on stdout once listening ({"port": N, ...}); then,
// for every line "cpu" read on stdin, one line {"cpuMicros": N} with the
// process's CPU time so far (user + system), so the bench can charge the
// server's CPU to the requests it served; "profile-start" and
// "profile-stop <file>" record a CPU profile (bench/profile-api.ts uses
// them). Logs go to stderr.
import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createInterface } from 'node:readline';
import { scoreAnswers } from '@crm-maturity/core';
import { bundledQuestionnaire } from '@crm-maturity/questionnaires';

const [mode, databaseUrl, dataDir] = process.argv.slice(2);

createInterface({ input: process.stdin }).on('line', (line) => {
  const [command, argument] = line.trim().split(/\s+/);
  if (command === 'cpu') {
    const { user, system } = process.cpuUsage();
    process.stdout.write(`${JSON.stringify({ cpuMicros: user + system })}\n`);
  } else if (command === 'profile-start') void profiler.start().then(() => process.stdout.write('{"profiling":true}\n'));
  else if (command === 'profile-stop' && argument) void profiler.stop(argument).then(() => process.stdout.write(`${JSON.stringify({ profile: argument })}\n`));
});

/** CPU profiles of this process on request (`profile-start`, `profile-stop <file.cpuprofile>`), for finding where a request's time goes. */
const profiler = (() => {
  let session: import('node:inspector').Session | undefined;
  const post = (method: string, params?: object) =>
    new Promise<any>((resolve, reject) => session!.post(method, params ?? {}, (error, result) => (error ? reject(error) : resolve(result))));
  return {
    async start() {
      const { Session } = await import('node:inspector');
      session = new Session();
      session.connect();
      await post('Profiler.enable');
      await post('Profiler.setSamplingInterval', { interval: 200 });
      await post('Profiler.start');
    },
    async stop(file: string) {
      const { writeFileSync } = await import('node:fs');
      const { profile } = await post('Profiler.stop');
      writeFileSync(file, JSON.stringify(profile));
      session!.disconnect();
    },
  };
})();

function announce(port: number, extra: Record<string, unknown> = {}): void {
  process.stdout.write(`${JSON.stringify({ port, ...extra })}\n`);
}

if (mode === 'api') {
  const { createLogger, startServer } = await import('@crm-maturity/api');
  const { createWriteStream } = await import('node:fs');
  // The production default (info: one JSON record per request), written where a log costs what writing it costs: /dev/null.
  const logger = createLogger({ CRM_MATURITY_LOG_LEVEL: 'info', CRM_MATURITY_LOG_FORMAT: 'json' }, createWriteStream('/dev/null'));
  const server = await startServer({ port: 0, dataDir: dataDir!, databaseUrl: databaseUrl!, benchmarkSize: 200, introspection: false, logger });
  const tokens = Object.fromEntries(server.seed.tokens.map((t) => [t.role, t.token]));
  announce(Number(new URL(server.url).port), { tokens });
  process.once('SIGTERM', () => void server.close().then(() => process.exit(0)));
} else if (mode === 'prisma' || mode === 'driver') {
  const read = mode === 'prisma' ? await prismaReader(databaseUrl!) : await driverReader(databaseUrl!);
  const server = createServer((request, response) => {
    void readBody(request).then(async (body) => {
      try {
        const viewer = await read.viewer(tokenHashOf(request));
        if (!viewer) return json(response, 401, { errors: [{ message: 'not a valid token' }] });
        const id = assessmentIdOf(JSON.parse(body) as { variables: { id: string } });
        const row = await read.assessment(id, viewer.userId);
        if (!row) return json(response, 200, { errors: [{ message: 'not found' }], data: null });
        return json(response, 200, { data: { assessment: resultShape(row) } });
      } catch (error) {
        process.stderr.write(`${(error as Error).stack}\n`);
        return json(response, 500, { errors: [{ message: 'unexpected' }] });
      }
    });
  });
  server.listen(0, '127.0.0.1', () => announce((server.address() as AddressInfo).port));
  process.once('SIGTERM', () => server.close(() => void read.close().then(() => process.exit(0))));
} else if (mode === 'score') {
  const questionnaire = bundledQuestionnaire('crm-maturity', '1.0.0');
  const server = createServer((request, response) => {
    void readBody(request).then((text) => {
      const scored = scoreAnswers(questionnaire, JSON.parse(text));
      const body = scored.ok
        ? { overallScore: scored.result.overall.score, overallLevel: { name: scored.result.overall.level.name }, dimensions: scored.result.dimensions.map((d) => ({ id: d.id, score: d.score, level: { name: d.level.name } })) }
        : { errors: scored.issues };
      json(response, 200, body);
    });
  });
  server.listen(0, '127.0.0.1', () => announce((server.address() as AddressInfo).port));
  process.once('SIGTERM', () => server.close(() => process.exit(0)));
} else {
  throw new Error(`api-child: unknown mode ${mode}; give api, prisma, driver or score`);
}

type Viewer = { userId: string; role: string };
type AssessmentRow = { id: string; status: string; submittedAt: Date | string | null; result: string | null };
type Reader = { viewer: (tokenHash: string | null) => Promise<Viewer | null>; assessment: (id: string, consultantId: string) => Promise<AssessmentRow | null>; close: () => Promise<void> };

/**
 * The statements the API sends for `assessment(id) { … result { … } }` as a
 * consultant, through Prisma: the token and its user in one indexed lookup
 * (revocation and expiry in the WHERE), then the assessment where the
 * consultant is assigned to its organization, with its stored result.
 */
async function prismaReader(url: string): Promise<Reader> {
  const { createDatabase } = await import('@crm-maturity/api');
  const database = createDatabase(url);
  const db = database.prisma;
  return {
    viewer: async (tokenHash) => {
      if (!tokenHash) return null;
      const rows = await db.$queryRaw<{ userId: string; role: string }[]>`
        SELECT u."id" AS "userId", u."role" AS "role"
        FROM "ApiToken" t JOIN "User" u ON u."id" = t."userId"
        WHERE t."tokenHash" = ${tokenHash} AND t."revokedAt" IS NULL AND t."expiresAt" > ${new Date()}`;
      return rows[0] ?? null;
    },
    assessment: async (id, consultantId) => {
      const found = await db.assessment.findFirst({
        where: { id, organization: { consultants: { some: { consultantId } } } },
        select: { id: true, status: true, submittedAt: true, result: { select: { result: true } } },
      });
      return found ? { id: found.id, status: found.status, submittedAt: found.submittedAt, result: found.result?.result ?? null } : null;
    },
    close: () => database.close(),
  };
}

/** The same two reads through the bare driver, with hand-written SQL. */
async function driverReader(url: string): Promise<Reader> {
  const tokenSql = (p: (n: number) => string) => `
    SELECT u."id" AS "userId", u."role" AS "role"
    FROM "ApiToken" t JOIN "User" u ON u."id" = t."userId"
    WHERE t."tokenHash" = ${p(1)} AND t."revokedAt" IS NULL AND t."expiresAt" > ${p(2)}`;
  const assessmentSql = (p: (n: number) => string) => `
    SELECT a."id", a."status", a."submittedAt", r."result"
    FROM "Assessment" a LEFT JOIN "StoredResult" r ON r."assessmentId" = a."id"
    WHERE a."id" = ${p(1)} AND EXISTS (SELECT 1 FROM "ConsultantAssignment" c WHERE c."organizationId" = a."organizationId" AND c."consultantId" = ${p(2)})`;
  if (url.startsWith('file:')) {
    const { default: Database } = await import('better-sqlite3');
    const { sqliteFilePath } = await import('@crm-maturity/api');
    const sqlite = new Database(sqliteFilePath(url));
    sqlite.pragma('busy_timeout = 5000');
    const token = sqlite.prepare(tokenSql(() => '?'));
    const assessment = sqlite.prepare(assessmentSql(() => '?'));
    return {
      // Prisma stores SQLite DateTimes as ISO-8601 text, so the comparison is on that text.
      viewer: async (hash) => (hash ? ((token.get(hash, new Date().toISOString()) as Viewer | undefined) ?? null) : null),
      assessment: async (id, consultantId) => (assessment.get(id, consultantId) as AssessmentRow | undefined) ?? null,
      close: async () => void sqlite.close(),
    };
  }
  const { default: pg } = await import('pg');
  const pool = new pg.Pool({ connectionString: url, max: 24 });
  const dollar = (n: number) => `$${n}`;
  const token = { name: 'token', text: tokenSql(dollar) };
  const assessment = { name: 'assessment', text: assessmentSql(dollar) };
  return {
    viewer: async (hash) => (hash ? ((await pool.query<Viewer>({ ...token, values: [hash, new Date()] })).rows[0] ?? null) : null),
    assessment: async (id, consultantId) => (await pool.query<AssessmentRow>({ ...assessment, values: [id, consultantId] })).rows[0] ?? null,
    close: () => pool.end(),
  };
}

function tokenHashOf(request: IncomingMessage): string | null {
  const token = /^Bearer\s+(crmm_\S{43})$/i.exec(request.headers.authorization ?? '')?.[1];
  return token ? createHash('sha256').update(token, 'utf8').digest('hex') : null;
}

/** The relay id the API takes ("Assessment:<id>", base64), decoded as the API does. */
function assessmentIdOf(body: { variables: { id: string } }): string {
  const decoded = Buffer.from(body.variables.id, 'base64').toString('utf8');
  return decoded.startsWith('Assessment:') ? decoded.slice('Assessment:'.length) : body.variables.id;
}

/** The fields the bench's read query selects, in its order, so both servers answer the same bytes. */
function resultShape(row: AssessmentRow) {
  // Stored results are { format, result }; the raw baseline takes the result without the API's schema check.
  const result = row.result === null ? null : (JSON.parse(row.result) as { result: StoredShape }).result;
  return {
    id: Buffer.from(`Assessment:${row.id}`, 'utf8').toString('base64'),
    status: row.status,
    submittedAt: row.submittedAt === null ? null : new Date(row.submittedAt).toISOString(),
    result: result && {
      overallScore: result.overall.score,
      overallLevel: { id: result.overall.level.id, name: result.overall.level.name },
      dimensions: result.dimensions.map((d) => ({ id: d.id, score: d.score, level: { id: d.level.id, name: d.level.name } })),
    },
  };
}

type StoredShape = { overall: { score: number; level: { id: string; name: string } }; dimensions: { id: string; score: number; level: { id: string; name: string } }[] };

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

function json(response: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  response.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(text) });
  response.end(text);
}
