import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '@crm-maturity/api';

let server: RunningServer;
let assessments: { id: string; organization: string; score: number }[] = [];
const token = (role: string) => server.seed.tokens.find((t) => t.role === role)!.token;
const base = () => server.url.replace(/\/graphql$/, '');

async function download(path: string, role?: string) {
  const response = await fetch(`${base()}${path}`, { headers: role ? { authorization: `Bearer ${token(role)}` } : {} });
  return { status: response.status, type: response.headers.get('content-type'), body: Buffer.from(await response.arrayBuffer()) };
}

beforeAll(async () => {
  server = await startServer({ port: 0, dataDir: mkdtempSync(join(tmpdir(), 'crm-report-')), benchmarkSize: 800 });
  const response = await fetch(server.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token('ADMIN')}`, 'x-crm-maturity': '1' },
    body: JSON.stringify({ query: '{ organizations(first: 10) { edges { node { name assessments(first: 1) { edges { node { id result { overallScore } } } } } } } }' }),
  });
  const data = ((await response.json()) as any).data;
  assessments = data.organizations.edges.map((e: any) => ({ id: Buffer.from(e.node.assessments.edges[0].node.id, 'base64').toString().split(':')[1], organization: e.node.name, score: e.node.assessments.edges[0].node.result.overallScore }));
});
afterAll(async () => {
  await server?.close();
});

function pdfText(pdf: Buffer): string {
  const file = join(mkdtempSync(join(tmpdir(), 'crm-report-text-')), 'r.pdf');
  writeFileSync(file, pdf);
  return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
}

describe('GET /reports/<assessmentId>.pdf', () => {
  it('hands a consultant the PDF of an assigned client, with the scored numbers', async () => {
    const target = assessments.find((a) => a.organization.startsWith('Harbourline'))!;
    const pdf = await download(`/reports/${target.id}.pdf?industry=insurance&date=2026-11-23`, 'CONSULTANT');
    expect(pdf.status).toBe(200);
    expect(pdf.type).toBe('application/pdf');
    expect(pdf.body.subarray(0, 5).toString()).toBe('%PDF-');
    const text = pdfText(pdf.body);
    expect(text).toContain('Harbourline Mutual Insurance');
    expect(text).toContain(target.score.toFixed(1));
    // Same inputs and date: the same bytes.
    const again = await download(`/reports/${target.id}.pdf?industry=insurance&date=2026-11-23`, 'CONSULTANT');
    expect(again.body.equals(pdf.body)).toBe(true);
  });

  it('follows the assessment\'s authorization: 401 without a token, 403 for a researcher, 404 for another tenant', async () => {
    const own = assessments.find((a) => a.organization.startsWith('Harbourline'))!;
    // The demo member belongs to the first organization by name order of the examples: the insurer is not theirs unless it is first.
    const member = await fetch(server.url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token('MEMBER')}`, 'x-crm-maturity': '1' }, body: JSON.stringify({ query: '{ me { organization { name } } }' }) });
    const memberOrganization = ((await member.json()) as any).data.me.organization.name;
    const other = assessments.find((a) => a.organization !== memberOrganization)!;
    expect((await download(`/reports/${own.id}.pdf`)).status).toBe(401);
    expect((await download(`/reports/${own.id}.pdf`, 'RESEARCHER')).status).toBe(403);
    const foreign = await download(`/reports/${other.id}.pdf`, 'MEMBER');
    const missing = await download('/reports/does-not-exist.pdf', 'MEMBER');
    expect([foreign.status, missing.status]).toEqual([404, 404]);
    expect(JSON.parse(foreign.body.toString()).errors[0].message.replace(other.id, 'ID')).toBe(JSON.parse(missing.body.toString()).errors[0].message.replace('does-not-exist', 'ID'));
    const mine = assessments.find((a) => a.organization === memberOrganization)!;
    expect((await download(`/reports/${mine.id}.pdf?cohort=none`, 'MEMBER')).status).toBe(200);
  });

  it('refuses a bad cohort or target with a clear 400', async () => {
    const own = assessments[0]!;
    const bad = await download(`/reports/${own.id}.pdf?industry=mining`, 'ADMIN');
    expect(bad.status).toBe(400);
    expect(JSON.parse(bad.body.toString()).errors[0].message).toMatch(/^industry: /);
    const target = await download(`/reports/${own.id}.pdf?target=expert`, 'ADMIN');
    expect(JSON.parse(target.body.toString()).errors[0]).toEqual({ message: 'target: "expert" is not a level; levels are tactical, advanced, strategic, innovative', extensions: { code: 'BAD_USER_INPUT' } });
  });
});
