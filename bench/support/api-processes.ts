import { bundledExamplesDirectory } from '@crm-maturity/questionnaires';
/**
 * The processes of the API benches, driven from the bench process: a
 * server child (bench/api-child.ts) with its CPU-time and profiling
 * commands, a load-generator child (bench/load-child.ts) per run, and the
 * data a run needs, prepared through the API.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AnswerFile, Questionnaire } from '@crm-maturity/core';
import { bundledQuestionnaire } from '@crm-maturity/questionnaires';
import type { LoadOutcome } from '../load-child';

const here = dirname(fileURLToPath(import.meta.url));
const tsx = join(here, '..', '..', 'node_modules', '.bin', 'tsx');
// The newest version's example: the server starts drafts on the newest questionnaire.
export const exampleFile = join(bundledExamplesDirectory(), 'mid-size-insurer.json');

export type Server = {
  name: string;
  port: number;
  info: Record<string, unknown>;
  cpuMicros: () => Promise<number>;
  /** Sends a command line (see bench/api-child.ts) and resolves to the server's one-line answer. */
  command: (line: string) => Promise<string>;
  stop: () => Promise<void>;
};
export type Run = LoadOutcome & { cpuMsPerRequest: number };

export const readQuery = `query Read($id: ID!) {
  assessment(id: $id) { id status submittedAt result { overallScore overallLevel { id name } dimensions { id score level { id name } } } }
}`;

/** Starts a server child; `script` is bench/api-child.ts unless another copy of it is given (e.g. in a checkout of an earlier commit, to compare two versions of the API in one run). */
export function startChild(name: string, args: string[], script = join(here, '..', 'api-child.ts')): Promise<Server> {
  const child: ChildProcess = spawn(tsx, [script, ...args], { stdio: ['pipe', 'pipe', 'inherit'] });
  const lines = createInterface({ input: child.stdout! });
  const waiting: ((line: string) => void)[] = [];
  return new Promise((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`bench server ${name} exited with ${code}`)));
    lines.once('line', (first) => {
      const info = JSON.parse(first) as { port: number } & Record<string, unknown>;
      lines.on('line', (line) => waiting.shift()?.(line));
      const command = (text: string) =>
        new Promise<string>((answer) => {
          waiting.push(answer);
          child.stdin!.write(`${text}\n`);
        });
      resolve({
        name,
        port: info.port,
        info,
        cpuMicros: async () => (JSON.parse(await command('cpu')) as { cpuMicros: number }).cpuMicros,
        command,
        stop: async () => {
          if (child.exitCode !== null) return;
          const gone = new Promise((done) => child.once('exit', done));
          child.kill('SIGTERM');
          await gone;
        },
      });
    });
  });
}

/** Runs one load job against one server, charging the server's CPU over the measured part to the requests answered. */
export async function measure(server: Server, job: Record<string, unknown>): Promise<Run> {
  const child = spawn(tsx, [join(here, '..', 'load-child.ts'), JSON.stringify(job)], { stdio: ['ignore', 'pipe', 'inherit'] });
  const lines = createInterface({ input: child.stdout! });
  let before = 0;
  let outcome: LoadOutcome | undefined;
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
  for await (const line of lines) {
    const message = JSON.parse(line) as { phase?: string } & LoadOutcome;
    if (message.phase === 'measuring') before = await server.cpuMicros();
    else {
      const after = await server.cpuMicros();
      outcome = message;
      (outcome as Run).cpuMsPerRequest = (after - before) / 1000 / Math.max(1, message.requests);
    }
  }
  const code = await exited;
  if (!outcome) throw new Error(`load generator against ${server.name} exited with ${code} and no result`);
  return outcome as Run;
}

export type Gql = (query: string, variables?: Record<string, unknown>) => Promise<Record<string, any>>;

export function graphql(url: string, headers: Record<string, string>): Gql {
  return async (query, variables = {}) => {
    const response = await fetch(url, { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
    const body = (await response.json()) as { data?: Record<string, any>; errors?: unknown[] };
    if (body.errors) throw new Error(`bench preparation: ${JSON.stringify(body.errors).slice(0, 500)}`);
    return body.data!;
  };
}

/**
 * Through the API as the consultant: a submitted assessment to read, a
 * draft with a respondent for each save connection, and `drafts` complete
 * drafts (the 3-respondent example file) for the submissions.
 */
export async function prepare(gql: Gql, saveSlots: number, drafts: number, warmupDrafts: number) {
  // The newest version: the server starts drafts on it.
  const questionnaire = bundledQuestionnaire('crm-maturity');
  const listed = await gql(`{ organizations(first: 5) { edges { node { id assessments(first: 5) { edges { node { id status } } } } } } }`);
  const organizations = listed.organizations.edges.map((e: any) => e.node);
  const submittedId: string = organizations.flatMap((o: any) => o.assessments.edges.map((e: any) => e.node)).find((a: any) => a.status === 'SUBMITTED').id;
  const organizationId: string = organizations[0].id;
  const start = async () => (await gql(`mutation($o: ID!) { startAssessment(organizationId: $o) { id } }`, { o: organizationId })).startAssessment.id as string;
  const addRespondent = (a: string, key: string, businessUnit: string) => gql(`mutation($a: ID!, $k: String!, $b: String!) { addRespondent(assessmentId: $a, key: $k, businessUnit: $b) { key } }`, { a, k: key, b: businessUnit });
  const save = (a: string, key: string, answers: unknown[]) => gql(`mutation($a: ID!, $k: String!, $answers: [AnswerInput!]!) { saveAnswers(assessmentId: $a, respondentKey: $k, answers: $answers) { revision } }`, { a, k: key, answers });

  const alternating = alternatingAnswers(questionnaire);
  const slots = [];
  for (let i = 0; i < saveSlots; i++) {
    const assessmentId = await start();
    await addRespondent(assessmentId, 'bench', 'sales');
    slots.push({ assessmentId, respondentKey: 'bench', answers: alternating });
  }
  const file = JSON.parse(readFileSync(exampleFile, 'utf8')) as AnswerFile;
  const ids: string[] = [];
  for (let i = 0; i < drafts + warmupDrafts; i++) {
    const id = await start();
    for (const respondent of file.respondents) {
      await addRespondent(id, respondent.id, respondent.businessUnit);
      await save(id, respondent.id, Object.entries(respondent.answers).map(([questionId, answer]) => ('notApplicable' in answer ? { questionId, notApplicable: true } : { questionId, value: answer.value })));
    }
    ids.push(id);
  }
  return { submittedId, slots, drafts: ids };
}

/** Three single-choice questions, each with two of its options to alternate between. */
function alternatingAnswers(questionnaire: Questionnaire): { questionId: string; values: [unknown, unknown] }[] {
  return questionnaire.questions
    .flatMap((q) => (q.type === 'single_choice' && (q.options?.length ?? 0) >= 2 ? [{ questionId: q.id, values: [q.options![0]!.id, q.options![1]!.id] as [unknown, unknown] }] : []))
    .slice(0, 3);
}

