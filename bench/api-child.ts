// A server for the API throughput bench, in a process of its own: `yoga` is the
// real API (SQLite in a temp folder, demo seeded), `raw` is node:http doing the
// same scoring work. Prints {"port": N, "token": "..."} once listening.
import { mkdtempSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { scoreAnswers } from '@crm-maturity/core';
import { bundledQuestionnaire } from '@crm-maturity/questionnaires';

const mode = process.argv[2];
if (mode === 'yoga') {
  const { createLogger, startServer } = await import('@crm-maturity/api');
  // stdout carries the one line the bench reads; the server's logs (warnings only) go to stderr.
  const logger = createLogger({ CRM_MATURITY_LOG_LEVEL: 'warn', CRM_MATURITY_LOG_FORMAT: 'json' }, process.stderr);
  const server = await startServer({ port: 0, dataDir: mkdtempSync(join(tmpdir(), 'crm-bench-')), benchmarkSize: 200, introspection: false, logger });
  const token = server.seed.tokens.find((t) => t.role === 'CONSULTANT')!.token;
  console.log(JSON.stringify({ port: new URL(server.url).port, token }));
} else {
  const questionnaire = bundledQuestionnaire('crm-maturity', '1.0.0');
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const scored = scoreAnswers(questionnaire, JSON.parse(Buffer.concat(chunks).toString('utf8')));
      const body = scored.ok
        ? { overallScore: scored.result.overall.score, overallLevel: { name: scored.result.overall.level.name }, dimensions: scored.result.dimensions.map((d) => ({ id: d.id, score: d.score, level: { name: d.level.name } })) }
        : { errors: scored.issues };
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end(JSON.stringify(body));
    });
  });
  server.listen(0, '127.0.0.1', () => console.log(JSON.stringify({ port: (server.address() as AddressInfo).port, token: '' })));
}
