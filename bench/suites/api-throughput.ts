/**
 * The API benches. Every server runs in a process of its own, and so does
 * the load generator (bench/load-child.ts: autocannon, or a fetch loop for
 * writes); this process only starts them, prepares data and samples each
 * server's CPU time (process.cpuUsage, read in the server) around the
 * measured part. Servers are loaded one at a time with the same load, in
 * alternating order (A B C, C B A, ...), and each figure is the median of
 * the rounds with its min–max.
 *
 * - Result read: `assessment(id) { … result { … } }` as a consultant,
 *   through the real API, against raw node:http sending the same SQL
 *   statements through the same Prisma client and adapter (createDatabase),
 *   and through the bare driver (better-sqlite3 / pg); at 8, 32 and 128
 *   connections, on SQLite and on a throwaway PostgreSQL.
 * - Request cost: server CPU ms per result read, per 3-answer saveAnswers
 *   and per submitAssessment (3 respondents, 48 questions) through the API.
 * - scoreAnswerFile through the API against raw node:http doing the same
 *   validation and scoring (SQLite; the only database work is the token).
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { startPostgresServer } from '@crm-maturity/api/testing/postgres-server';
import { median, type Figure } from '../support/measure';
import { exampleFile, graphql, measure, prepare, readQuery, startChild, type Run, type Server } from '../support/api-processes';

export type ApiBenchOptions = {
  /** Measured seconds per run of the read load (after a 1 s warm-up). */
  seconds?: number;
  rounds?: number;
  connections?: number[];
  databases?: ('sqlite' | 'postgresql')[];
};

export type ApiBenchReport = { figures: Figure[]; section: string };

type Summary = { median: number; min: number; max: number };

export async function apiThroughputSuite(options: ApiBenchOptions = {}): Promise<ApiBenchReport> {
  const seconds = options.seconds ?? 5;
  const rounds = options.rounds ?? 3;
  const connections = options.connections ?? [8, 32, 128];
  const databases = options.databases ?? ['sqlite', 'postgresql'];
  const figures: Figure[] = [];
  const sections: string[] = [];
  const costs: { database: string; read: Summary; save: Summary; submit: Summary; readRaw: Summary }[] = [];
  for (const database of databases) {
    const measured = await benchDatabase(database, { seconds, rounds, connections });
    figures.push(...measured.figures);
    sections.push(measured.table);
    costs.push({ database, ...measured.cost });
  }
  const score = await benchScoring(seconds, rounds);
  figures.push(score);
  const costTable = [
    '| database | result read | 3-answer saveAnswers | submitAssessment (3 respondents × 48 questions) | raw Prisma result read |',
    '| --- | ---: | ---: | ---: | ---: |',
    ...costs.map((c) => `| ${c.database} | ${ms(c.read)} | ${ms(c.save)} | ${ms(c.submit)} | ${ms(c.readRaw)} |`),
  ];
  const section = `## API

Command: \`pnpm bench --only api --write\` (${rounds} interleaved rounds of ${seconds} s per server and connection count, after a 1 s warm-up).
Each server is a process of its own and so is the load generator (autocannon for reads, a fetch loop for writes);
the servers are loaded one at a time, in alternating order. Server CPU is \`process.cpuUsage()\` of the server
process over the measured part divided by the requests it answered. Figures: median of the rounds (min–max).

The read is \`assessment(id) { id status submittedAt result { overallScore overallLevel dimensions { … } } }\`
as a consultant, with a bearer token. **raw (Prisma)** is node:http sending the same statements through the same
Prisma client and adapter (\`createDatabase\`: \`@prisma/adapter-better-sqlite3\` behind the API's serialized wrapper
on SQLite, \`@prisma/adapter-pg\` on PostgreSQL): the token and its user in one indexed lookup, then the assessment
the consultant may see with its stored result, parsed and reduced to the same fields; both answer the same JSON.
**raw (driver)** sends the same SQL through better-sqlite3 or pg directly.

${sections.join('\n\n')}

### Server CPU per request through the API (ms, 8 connections)

${costTable.join('\n')}
`;
  return { figures, section };
}

async function benchDatabase(database: 'sqlite' | 'postgresql', options: { seconds: number; rounds: number; connections: number[] }) {
  const dataDir = mkdtempSync(join(tmpdir(), `crm-bench-api-${database}-`));
  const postgres = database === 'postgresql' ? await startPostgresServer() : null;
  const databaseUrl = postgres ? postgres.url : `file:${join(dataDir, 'bench.db')}`;
  const servers: Server[] = [];
  try {
    const api = await startChild('api', ['api', databaseUrl, dataDir]);
    servers.push(api);
    const token = (api.info.tokens as Record<string, string>).CONSULTANT!;
    const headers = { 'content-type': 'application/json', authorization: `Bearer ${token}`, 'x-crm-maturity': '1' };
    const gql = graphql(`http://127.0.0.1:${api.port}/graphql`, headers);
    // Per round: 4 drafts to warm up on and 40 to submit.
    const data = await prepare(gql, 8, options.rounds * 44, 0);
    servers.push(await startChild('raw (Prisma)', ['prisma', databaseUrl]), await startChild('raw (driver)', ['driver', databaseUrl]));
    const [apiServer, prismaServer, driverServer] = servers as [Server, Server, Server];

    // The same request to each; they must give the same answer before any is timed.
    const body = JSON.stringify({ query: readQuery, variables: { id: data.submittedId } });
    const answers = await Promise.all(servers.map(async (s) => (await fetch(`http://127.0.0.1:${s.port}/graphql`, { method: 'POST', headers, body })).json()));
    for (const [i, answer] of answers.entries()) {
      if (!isDeepStrictEqual(answer, answers[0]) || (answer as { errors?: unknown }).errors) throw new Error(`${servers[i]!.name} answered ${JSON.stringify(answer).slice(0, 300)}; the API answered ${JSON.stringify(answers[0]).slice(0, 300)}`);
    }

    const runs = new Map<string, Run[]>();
    for (let round = 0; round < options.rounds; round++) {
      for (const conns of options.connections) {
        const order = round % 2 === 0 ? servers : [...servers].reverse();
        for (const server of order) {
          const run = await measure(server, { mode: 'fixed', url: `http://127.0.0.1:${server.port}/graphql`, headers, body, connections: conns, seconds: options.seconds, warmupSeconds: 1 });
          if (run.errors) throw new Error(`${server.name}, ${conns} connections: ${run.errors} failed requests`);
          const key = `${server.name}@${conns}`;
          runs.set(key, [...(runs.get(key) ?? []), run]);
          log(`${database} read ${key}: ${Math.round(run.perSecond)} req/s, p50 ${run.p50} ms, p99 ${run.p99} ms, ${run.cpuMsPerRequest.toFixed(3)} CPU ms/req`);
        }
      }
    }

    // Request cost of the three paths, through the API only, 8 at a time.
    const url = `http://127.0.0.1:${apiServer.port}/graphql`;
    const readCost = runs.get(`${apiServer.name}@8`) ?? [await measure(apiServer, { mode: 'fixed', url, headers, body, connections: 8, seconds: options.seconds, warmupSeconds: 1 })];
    const readRawCost = runs.get(`${prismaServer.name}@8`) ?? [];
    const saveCost: Run[] = [];
    const submitCost: Run[] = [];
    const perRound = Math.floor(data.drafts.length / options.rounds);
    for (let round = 0; round < options.rounds; round++) {
      saveCost.push(checked(await measure(apiServer, { mode: 'save', url, headers, slots: data.slots, warmupPerSlot: round === 0 ? 5 : 1, perSlot: 40 }), 'save'));
      const ids = data.drafts.slice(round * perRound, (round + 1) * perRound);
      submitCost.push(checked(await measure(apiServer, { mode: 'submit', url, headers, connections: 8, warmupIds: ids.slice(0, 4), ids: ids.slice(4) }), 'submit'));
    }
    const cpu = (list: Run[]) => summary(list.map((r) => r.cpuMsPerRequest));
    const cost = { read: cpu(readCost), save: cpu(saveCost), submit: cpu(submitCost), readRaw: cpu(readRawCost) };
    log(`${database} CPU ms/request: read ${ms(cost.read)}, save ${ms(cost.save)}, submit ${ms(cost.submit)}`);

    const label = database === 'sqlite' ? 'SQLite' : 'PostgreSQL';
    const figures: Figure[] = options.connections.map((conns) => {
      const ours = runs.get(`${apiServer.name}@${conns}`)!;
      const raw = runs.get(`${prismaServer.name}@${conns}`)!;
      const driver = runs.get(`${driverServer.name}@${conns}`)!;
      const ratio = median(ours.map((r) => r.perSecond)) / median(raw.map((r) => r.perSecond));
      return {
        suite: 'API throughput',
        figure: `result read, ${label}, ${conns} connections`,
        value: describe(ours),
        ratio,
        baseline: `raw node:http + Prisma, same statements: ${describe(raw)}; bare driver: ${describe(driver)}`,
        target: '≥ 0.5 of raw (Prisma)',
        pass: ratio >= 0.5,
      };
    });
    figures.push({
      suite: 'API request cost',
      figure: `server CPU per request, ${label}, 8 connections`,
      value: `read ${ms(cost.read)} ms, 3-answer save ${ms(cost.save)} ms, submit ${ms(cost.submit)} ms`,
      baseline: `raw (Prisma) read ${ms(cost.readRaw)} ms`,
    });
    const table = [
      `### Result read, ${label}`,
      '',
      '| connections | server | req/s | p50 ms | p99 ms | server CPU ms/req | throughput / raw (Prisma) |',
      '| ---: | --- | ---: | ---: | ---: | ---: | ---: |',
      ...options.connections.flatMap((conns) => {
        const raw = median(runs.get(`${prismaServer.name}@${conns}`)!.map((r) => r.perSecond));
        return servers.map((s) => {
          const list = runs.get(`${s.name}@${conns}`)!;
          return `| ${conns} | ${s === apiServer ? 'API (yoga + Pothos + Prisma)' : s.name} | ${range(list.map((r) => r.perSecond), 0)} | ${range(list.map((r) => r.p50), 1)} | ${range(list.map((r) => r.p99), 1)} | ${range(list.map((r) => r.cpuMsPerRequest), 3)} | ${(median(list.map((r) => r.perSecond)) / raw).toFixed(2)} |`;
        });
      }),
    ].join('\n');
    return { figures, table, cost };
  } finally {
    for (const server of servers) await server.stop();
    await postgres?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

/** scoreAnswerFile through the API against the same scoring on raw node:http, 32 connections, interleaved. */
async function benchScoring(seconds: number, rounds: number): Promise<Figure> {
  const dataDir = mkdtempSync(join(tmpdir(), 'crm-bench-score-'));
  const servers: Server[] = [];
  try {
    const api = await startChild('api', ['api', `file:${join(dataDir, 'bench.db')}`, dataDir]);
    servers.push(api, await startChild('raw', ['score']));
    const example = readFileSync(exampleFile, 'utf8');
    const token = (api.info.tokens as Record<string, string>).CONSULTANT!;
    const mutation = `mutation Score($answers: JSON!) { scoreAnswerFile(answers: $answers) { overallScore overallLevel { name } dimensions { id score level { name } } } }`;
    const jobs = [
      { mode: 'fixed' as const, url: `http://127.0.0.1:${api.port}/graphql`, headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, 'x-crm-maturity': '1' }, body: JSON.stringify({ query: mutation, variables: { answers: JSON.parse(example) } }), connections: 32, seconds, warmupSeconds: 1 },
      { mode: 'fixed' as const, url: `http://127.0.0.1:${servers[1]!.port}/`, headers: { 'content-type': 'application/json' }, body: example, connections: 32, seconds, warmupSeconds: 1 },
    ];
    const runs: Run[][] = [[], []];
    for (let round = 0; round < rounds; round++) {
      for (const i of round % 2 === 0 ? [0, 1] : [1, 0]) runs[i]!.push(checked(await measure(servers[i]!, jobs[i]!), servers[i]!.name));
    }
    const ratio = median(runs[0]!.map((r) => r.perSecond)) / median(runs[1]!.map((r) => r.perSecond));
    return {
      suite: 'API throughput',
      figure: 'scoreAnswerFile mutation, SQLite, 32 connections (3-respondent answer file)',
      value: describe(runs[0]!),
      ratio,
      baseline: `raw node:http, same scoring: ${describe(runs[1]!)}`,
      target: '≥ 0.15 of raw',
      pass: ratio >= 0.15,
    };
  } finally {
    for (const server of servers) await server.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

function checked(run: Run, what: string): Run {
  if (run.errors) throw new Error(`${what}: ${run.errors} of ${run.requests} requests failed, first: ${run.firstError}`);
  return run;
}

function summary(values: number[]): Summary {
  return values.length ? { median: median(values), min: Math.min(...values), max: Math.max(...values) } : { median: NaN, min: NaN, max: NaN };
}

function range(values: number[], digits: number): string {
  const s = summary(values);
  const f = (x: number) => x.toLocaleString('en', { minimumFractionDigits: digits, maximumFractionDigits: digits });
  return `${f(s.median)} (${f(s.min)}–${f(s.max)})`;
}

function ms(s: Summary): string {
  return `${s.median.toFixed(2)} (${s.min.toFixed(2)}–${s.max.toFixed(2)})`;
}

function describe(runs: Run[]): string {
  return `${range(runs.map((r) => r.perSecond), 0)} req/s, p50 ${median(runs.map((r) => r.p50)).toFixed(1)} ms, p99 ${median(runs.map((r) => r.p99)).toFixed(1)} ms, CPU ${median(runs.map((r) => r.cpuMsPerRequest)).toFixed(2)} ms/req`;
}

function log(message: string): void {
  process.stderr.write(`${message}\n`);
}
