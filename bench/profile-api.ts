// Where a request's server time goes: CPU profiles of the real API (a
// process of its own, bench/api-child.ts) while a load generator (another
// process) sends result reads, 3-answer saves and submissions, and a
// summary of each profile by package and by function.
//
//   pnpm exec tsx bench/profile-api.ts [sqlite|postgresql] [folder]
//
// The .cpuprofile files open in Chrome DevTools or speedscope.
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { startPostgresServer } from '@crm-maturity/api/testing/postgres-server';
import { graphql, measure, prepare, readQuery, startChild } from './support/api-processes';

const database = (process.argv[2] ?? 'sqlite') as 'sqlite' | 'postgresql';
const folder = resolve(process.argv[3] ?? join(tmpdir(), 'crm-maturity-profiles'));
mkdirSync(folder, { recursive: true });

const dataDir = mkdtempSync(join(tmpdir(), `crm-profile-${database}-`));
const postgres = database === 'postgresql' ? await startPostgresServer() : null;
const databaseUrl = postgres ? postgres.url : `file:${join(dataDir, 'profile.db')}`;
const api = await startChild('api', ['api', databaseUrl, dataDir]);
try {
  const token = (api.info.tokens as Record<string, string>).CONSULTANT!;
  const headers = { 'content-type': 'application/json', authorization: `Bearer ${token}`, 'x-crm-maturity': '1' };
  const url = `http://127.0.0.1:${api.port}/graphql`;
  const data = await prepare(graphql(url, headers), 8, 160, 8);
  const jobs = {
    read: { mode: 'fixed', url, headers, body: JSON.stringify({ query: readQuery, variables: { id: data.submittedId } }), connections: 8, seconds: 5, warmupSeconds: 1 },
    save: { mode: 'save', url, headers, slots: data.slots, warmupPerSlot: 5, perSlot: 60 },
    submit: { mode: 'submit', url, headers, connections: 8, warmupIds: data.drafts.slice(0, 8), ids: data.drafts.slice(8) },
  };
  for (const [path, job] of Object.entries(jobs)) {
    await api.command('profile-start');
    const run = await measure(api, job);
    const file = join(folder, `${database}-${path}.cpuprofile`);
    await api.command(`profile-stop ${file}`);
    console.log(`\n## ${database} ${path}: ${run.requests} requests, ${run.errors} failed, ${run.cpuMsPerRequest.toFixed(3)} server CPU ms/request (${file})`);
    console.log(summarize(JSON.parse(readFileSync(file, 'utf8')) as Profile, run.requests));
  }
} finally {
  await api.stop();
  await postgres?.stop();
  rmSync(dataDir, { recursive: true, force: true });
}

type Node = { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; children?: number[] };
type Profile = { nodes: Node[]; samples: number[]; timeDeltas: number[]; startTime: number; endTime: number };

/** Self time by package and by function, and the time spent under a few known entry points, per request. */
function summarize(profile: Profile, requests: number): string {
  const self = new Map<number, number>();
  profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const packageOf = (url: string) => {
    if (!url) return '(native/vm)';
    const m = /node_modules\/(?:\.pnpm\/[^/]+\/node_modules\/)?((?:@[^/]+\/)?[^/]+)/.exec(url);
    if (m) return m[1]!;
    if (url.startsWith('node:')) return 'node core';
    const w = /\/(packages\/[^/]+|questionnaires|bench)\//.exec(url);
    return w ? w[1]! : url;
  };
  const idle = new Set(['(idle)', '(program)', '(garbage collector)']);
  const byPackage = new Map<string, number>();
  const byFunction = new Map<string, number>();
  let busy = 0;
  for (const [id, micros] of self) {
    const n = byId.get(id)!;
    const name = n.callFrame.functionName;
    if (name === '(idle)') continue;
    busy += micros;
    const pkg = idle.has(name) ? name : packageOf(n.callFrame.url);
    byPackage.set(pkg, (byPackage.get(pkg) ?? 0) + micros);
    const fn = `${name || '(anonymous)'} ${packageOf(n.callFrame.url)}:${n.callFrame.lineNumber + 1}`;
    byFunction.set(fn, (byFunction.get(fn) ?? 0) + micros);
  }
  // Inclusive time under entry points of interest (counted once per sample, however deep the recursion).
  const marks: [string, RegExp][] = [
    ['graphql parse', /^parse$|^parseDocument$/],
    ['graphql validate', /^validate$/],
    ['graphql execute', /^execute$|^executeImpl$/],
    ['prisma (client + query compiler + adapter)', /@prisma\//],
    ['zod', /zod/],
    ['pino', /pino/],
    ['JSON.parse', /^parse$/],
  ];
  const under = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const n = byId.get(at)!;
      for (const [label, pattern] of marks) {
        const subject = label.startsWith('prisma') || label === 'zod' || label === 'pino' ? n.callFrame.url : n.callFrame.functionName;
        if (label === 'JSON.parse' && n.callFrame.url !== '') continue;
        if (label === 'graphql parse' && !/graphql/.test(n.callFrame.url)) continue;
        if (!seen.has(label) && pattern.test(subject)) {
          seen.add(label);
          under.set(label, (under.get(label) ?? 0) + (profile.timeDeltas[i] ?? 0));
        }
      }
    }
  });
  const perRequest = (micros: number) => `${(micros / 1000 / requests).toFixed(3)} ms`;
  const top = (map: Map<string, number>, count: number) => [...map].sort((a, b) => b[1] - a[1]).slice(0, count).map(([k, v]) => `  ${perRequest(v).padStart(10)}  ${k}`);
  return [
    `busy (not idle) ${perRequest(busy)} per request`,
    'inclusive, per request:',
    ...[...under].map(([k, v]) => `  ${perRequest(v).padStart(10)}  ${k}`),
    'self time by package, per request:',
    ...top(byPackage, 14),
    'self time by function, per request:',
    ...top(byFunction, 30),
  ].join('\n');
}
