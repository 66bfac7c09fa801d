import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import type { Figure } from '../support/measure';

const here = dirname(fileURLToPath(import.meta.url));
const tsx = join(here, '..', '..', 'node_modules', '.bin', 'tsx');
const example = readFileSync(join(here, '..', '..', 'questionnaires', 'crm-maturity', 'v1', 'examples', 'mid-size-insurer.json'), 'utf8');

const mutation = `mutation Score($answers: JSON!) {
  scoreAnswerFile(answers: $answers) { overallScore overallLevel { name } dimensions { id score level { name } } }
}`;

/**
 * The scoring mutation through the whole API (yoga, Pothos, auth with a
 * token looked up in SQLite) against raw node:http doing the same
 * validation and scoring, each server in its own process, loaded by
 * autocannon with 32 connections on loopback, one after the other.
 */
export async function apiThroughputSuite(seconds = 10): Promise<Figure[]> {
  const yoga = await run('yoga', (port, token) => ({
    url: `http://127.0.0.1:${port}/graphql`,
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, 'x-crm-maturity': '1' },
    body: JSON.stringify({ query: mutation, variables: { answers: JSON.parse(example) } }),
  }), seconds);
  const raw = await run('raw', (port) => ({ url: `http://127.0.0.1:${port}/`, headers: { 'content-type': 'application/json' }, body: example }), seconds);
  return [
    {
      suite: 'API throughput',
      figure: 'scoreAnswerFile mutation, 32 connections (3-respondent answer file)',
      value: `${Math.round(yoga.requests).toLocaleString('en')} req/s, p99 ${yoga.p99} ms`,
      ratio: yoga.requests / raw.requests,
      baseline: `raw node:http, same scoring: ${Math.round(raw.requests).toLocaleString('en')} req/s, p99 ${raw.p99} ms`,
      target: '≥ 0.15 of raw',
      pass: yoga.requests / raw.requests >= 0.15 && yoga.errors === 0,
    },
  ];
}

async function run(mode: 'yoga' | 'raw', request: (port: string, token: string) => { url: string; headers: Record<string, string>; body: string }, seconds: number) {
  const child = spawn(tsx, [join(here, '..', 'api-child.ts'), mode], { stdio: ['ignore', 'pipe', 'inherit'] });
  try {
    const { port, token } = await firstLine(child);
    const options = request(port, token);
    // A first response proves the request is right before loading the server with it.
    const probe = await fetch(options.url, { method: 'POST', headers: options.headers, body: options.body });
    const text = await probe.text();
    if (!probe.ok || text.includes('"errors"')) throw new Error(`${mode} server answered ${probe.status}: ${text.slice(0, 300)}`);
    await autocannon({ ...options, method: 'POST', connections: 32, duration: 2 }); // warm-up
    const result = await autocannon({ ...options, method: 'POST', connections: 32, duration: seconds });
    return { requests: result.requests.average, p99: result.latency.p99, errors: result.errors + result.non2xx };
  } finally {
    child.kill('SIGTERM');
  }
}

function firstLine(child: ChildProcess): Promise<{ port: string; token: string }> {
  return new Promise((resolve, reject) => {
    const lines = createInterface({ input: child.stdout! });
    lines.once('line', (line) => resolve(JSON.parse(line)));
    child.once('exit', (code) => reject(new Error(`bench server exited with ${code}`)));
  });
}
