// The load generator of the API benches, in a process of its own (neither
// the bench process nor a server). Reads one JSON job from argv[2], prints
// {"phase":"measuring"} when the warm-up is over and the measured part
// starts, then one JSON line with the outcome. Modes:
//
//   fixed   one request over and over (autocannon), for `seconds` after a warm-up
//   save    each connection saves 3 answers of its own respondent, alternating between two
//           values and naming the revision the previous save returned (every save is a change)
//   submit  the connections submit the given drafts, each once
import autocannon from 'autocannon';

type Fixed = { mode: 'fixed'; url: string; headers: Record<string, string>; body: string; connections: number; seconds: number; warmupSeconds: number };
type Save = {
  mode: 'save';
  url: string;
  headers: Record<string, string>;
  /** One per connection: a draft and a respondent of its own, and the 3 answers it alternates. */
  slots: { assessmentId: string; respondentKey: string; answers: { questionId: string; values: [unknown, unknown] }[] }[];
  warmupPerSlot: number;
  perSlot: number;
};
type Submit = { mode: 'submit'; url: string; headers: Record<string, string>; connections: number; warmupIds: string[]; ids: string[] };
type Job = Fixed | Save | Submit;

export type LoadOutcome = { requests: number; seconds: number; perSecond: number; p50: number; p99: number; errors: number; firstError?: string };

const job = JSON.parse(process.argv[2]!) as Job;
const say = (value: unknown) => process.stdout.write(`${JSON.stringify(value)}\n`);

if (job.mode === 'fixed') {
  const options = { url: job.url, method: 'POST' as const, headers: job.headers, body: job.body, connections: job.connections };
  await autocannon({ ...options, duration: job.warmupSeconds });
  say({ phase: 'measuring' });
  const result = await autocannon({ ...options, duration: job.seconds });
  const errors = result.errors + result.timeouts + result.non2xx;
  say({ requests: result.requests.total, seconds: result.duration, perSecond: result.requests.total / result.duration, p50: result.latency.p50, p99: result.latency.p99, errors } satisfies LoadOutcome);
} else if (job.mode === 'save') {
  const saveMutation = `mutation Save($assessmentId: ID!, $respondentKey: String!, $answers: [AnswerInput!]!) {
    saveAnswers(assessmentId: $assessmentId, respondentKey: $respondentKey, answers: $answers) { questionId revision }
  }`;
  const state = job.slots.map((slot) => ({ slot, round: 0, revisions: new Map<string, number>() }));
  const saveOnce = async (s: (typeof state)[number]) => {
    const answers = s.slot.answers.map((a) => ({ questionId: a.questionId, value: a.values[s.round % 2], baseRevision: s.revisions.get(a.questionId) ?? 0 }));
    s.round++;
    const body = await post(job.url, job.headers, { query: saveMutation, variables: { assessmentId: s.slot.assessmentId, respondentKey: s.slot.respondentKey, answers } });
    for (const saved of (body.data as { saveAnswers?: { questionId: string; revision: number }[] } | null)?.saveAnswers ?? []) s.revisions.set(saved.questionId, saved.revision);
    return body;
  };
  const lanes = (count: number) => state.map((s) => Array.from({ length: count }, () => () => saveOnce(s)));
  await runLanes(lanes(job.warmupPerSlot));
  say({ phase: 'measuring' });
  say(await runLanes(lanes(job.perSlot)));
} else if (job.mode === 'submit') {
  const submitMutation = `mutation Submit($id: ID!) { submitAssessment(id: $id) { id status submittedAt } }`;
  // Each lane takes the next draft when its previous submission is answered.
  const lanes = (ids: string[]) => {
    const queue = ids.map((id) => () => post(job.url, job.headers, { query: submitMutation, variables: { id } }));
    return Array.from({ length: job.connections }, () => queue);
  };
  await runLanes(lanes(job.warmupIds));
  say({ phase: 'measuring' });
  say(await runLanes(lanes(job.ids)));
}

type Answered = { status: number; data?: unknown; errors?: { message: string; extensions?: { code?: string } }[] };

async function post(url: string, headers: Record<string, string>, payload: unknown): Promise<Answered> {
  const response = await fetch(url, { method: 'POST', headers, body: JSON.stringify(payload) });
  return { ...((await response.json()) as Omit<Answered, 'status'>), status: response.status };
}

/** Runs the lanes side by side, each taking its next task (a lane may share its queue with others) when the previous one is answered; every request is timed. */
async function runLanes(lanes: (() => Promise<Answered>)[][]): Promise<LoadOutcome> {
  const latencies: number[] = [];
  let errors = 0;
  let firstError: string | undefined;
  const started = performance.now();
  await Promise.all(
    lanes.map(async (queue) => {
      for (let task = queue.shift(); task; task = queue.shift()) {
        const t0 = performance.now();
        const body = await task();
        latencies.push(performance.now() - t0);
        if (body.status !== 200 || body.errors?.length) {
          errors++;
          firstError ??= `${body.status} ${JSON.stringify(body.errors ?? body).slice(0, 300)}`;
        }
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  const at = (q: number) => (latencies.length ? Math.round(latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))]! * 100) / 100 : 0);
  return { requests: latencies.length, seconds, perSecond: latencies.length / seconds, p50: at(0.5), p99: at(0.99), errors, ...(firstError ? { firstError } : {}) };
}
