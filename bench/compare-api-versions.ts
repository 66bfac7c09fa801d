// Server CPU per request of two versions of the API in one run: this
// checkout's and an earlier one's, loaded in turns (A B, B A, ...) with the
// same requests, each on a database of its own, each in a process of its
// own, with the load generator in another. On a shared machine only
// figures measured side by side like this can be compared.
//
//   git archive <commit> | tar -x -C /tmp/before
//   (cd /tmp/before && pnpm install --offline && pnpm --filter @crm-maturity/api db:generate)
//   cp bench/api-child.ts /tmp/before/bench/    # this protocol, that API
//   pnpm exec tsx bench/compare-api-versions.ts /tmp/before [rounds] [sqlite,postgresql]
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { startPostgresServer } from '@crm-maturity/api/testing/postgres-server';
import { graphql, measure, prepare, readQuery, startChild, type Run, type Server } from './support/api-processes';
import { median } from './support/measure';

const earlier = resolve(process.argv[2] ?? '');
const rounds = Number(process.argv[3] ?? 3);
const databases = (process.argv[4] ?? 'sqlite,postgresql').split(',') as ('sqlite' | 'postgresql')[];
const rows: string[] = [];
for (const database of databases) {
  const postgres = database === 'postgresql' ? await startPostgresServer() : null;
  const folders: string[] = [];
  const versions: { server: Server; data: Awaited<ReturnType<typeof prepare>>; headers: Record<string, string>; url: string; runs: Record<'read' | 'save' | 'submit', Run[]> }[] = [];
  try {
    for (const [name, script] of [['earlier', join(earlier, 'bench', 'api-child.ts')], ['this', undefined]] as const) {
      const folder = mkdtempSync(join(tmpdir(), `crm-compare-${name}-`));
      folders.push(folder);
      const databaseUrl = postgres ? await postgres.createDatabase(`crm_${name}`) : `file:${join(folder, 'compare.db')}`;
      const server = await startChild(name, ['api', databaseUrl, folder], script);
      const headers = { 'content-type': 'application/json', authorization: `Bearer ${(server.info.tokens as Record<string, string>).CONSULTANT}`, 'x-crm-maturity': '1' };
      const url = `http://127.0.0.1:${server.port}/graphql`;
      versions.push({ server, data: await prepare(graphql(url, headers), 8, rounds * 44, 0), headers, url, runs: { read: [], save: [], submit: [] } });
    }
    for (let round = 0; round < rounds; round++) {
      for (const v of round % 2 ? [...versions].reverse() : versions) {
        const body = JSON.stringify({ query: readQuery, variables: { id: v.data.submittedId } });
        const ids = v.data.drafts.slice(round * 44, (round + 1) * 44);
        const runs = {
          read: await measure(v.server, { mode: 'fixed', url: v.url, headers: v.headers, body, connections: 8, seconds: 4, warmupSeconds: 1 }),
          save: await measure(v.server, { mode: 'save', url: v.url, headers: v.headers, slots: v.data.slots, warmupPerSlot: 3, perSlot: 40 }),
          submit: await measure(v.server, { mode: 'submit', url: v.url, headers: v.headers, connections: 8, warmupIds: ids.slice(0, 4), ids: ids.slice(4) }),
        };
        for (const [path, run] of Object.entries(runs) as ['read' | 'save' | 'submit', Run][]) {
          if (run.errors) throw new Error(`${v.server.name} ${path}: ${run.errors} failed, first: ${run.firstError}`);
          v.runs[path].push(run);
        }
        process.stderr.write(`${database} ${v.server.name} round ${round + 1}: ${Object.entries(runs).map(([k, r]) => `${k} ${r.cpuMsPerRequest.toFixed(2)}`).join(', ')} CPU ms/request\n`);
      }
    }
    for (const v of versions) {
      const cell = (path: 'read' | 'save' | 'submit') => {
        const xs = v.runs[path].map((r) => r.cpuMsPerRequest);
        return `${median(xs).toFixed(2)} (${Math.min(...xs).toFixed(2)}–${Math.max(...xs).toFixed(2)})`;
      };
      rows.push(`| ${database} | ${v.server.name === 'this' ? 'this checkout' : earlier} | ${cell('read')} | ${cell('save')} | ${cell('submit')} |`);
    }
  } finally {
    for (const v of versions) await v.server.stop();
    await postgres?.stop();
    for (const folder of folders) rmSync(folder, { recursive: true, force: true });
  }
}
console.log(`Server CPU ms per request, 8 connections, median of ${rounds} interleaved rounds (min–max)\n`);
console.log(['| database | API | result read | 3-answer saveAnswers | submitAssessment |', '| --- | --- | ---: | ---: | ---: |', ...rows].join('\n'));
