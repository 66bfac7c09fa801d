import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pdfPagesText } from '@crm-maturity/report/testing';
import { runCli } from './support/run-cli';

const examples = 'questionnaires/crm-maturity/v1/examples';
const insurer = `${examples}/mid-size-insurer.json`;

describe('crm-maturity report', () => {
  it('writes the whole report, the same bytes for the same inputs and --date', () => {
    const dir = mkdtempSync(join(tmpdir(), 'report-cli-'));
    const args = ['report', insurer, '--cohort', 'examples/synthetic-cohort.csv', '--where', 'industry=insurance', '--previous', 'examples/mid-size-insurer-2025.json', '--target', 'strategic', '--date', '2026-11-23', '--quiet'];
    const first = runCli([...args, '-o', join(dir, 'a.pdf')]);
    expect(first.stderr).toBe('');
    expect(first.status).toBe(0);
    expect(first.stdout).toMatch(/a\.pdf: \d+ pages, Harbourline Mutual Insurance, crm-maturity 1\.0\.0/);
    runCli([...args, '-o', join(dir, 'b.pdf')]);
    expect(readFileSync(join(dir, 'a.pdf')).equals(readFileSync(join(dir, 'b.pdf')))).toBe(true);
    const text = pdfPagesText(readFileSync(join(dir, 'a.pdf'))).join('\n');
    expect(text).toContain('Progress since the previous assessment');
    expect(text).toContain('industry=insurance: 169 organizations (SYNTHETIC data)');
    expect(readdirSync(dir).sort()).toEqual(['a.pdf', 'b.pdf']);
  });

  it.each([
    [['report', insurer, '-o', 'OUT', '--date', '2026-02-30'], 2, '--date: "2026-02-30" is not a calendar date: February 2026 has 28 days; give YYYY-MM-DD, e.g. 2026-11-23'],
    [['report', insurer, '-o', 'OUT', '--date', '2026-13-01'], 2, '--date: "2026-13-01" is not a calendar date: there is no month 13; give YYYY-MM-DD'],
    [['report', insurer, '-o', 'OUT', '--date', '2026-1-5'], 2, '--date: "2026-1-5" is not a date in the form YYYY-MM-DD; give YYYY-MM-DD'],
    [['report', insurer, '-o', 'OUT', '--target', 'expert'], 2, '--target: "expert" is not a level'],
    [['report', insurer], 2, 'report needs -o <report.pdf>'],
    [['report', insurer, '-o', 'OUT', '--where', 'industry=insurance'], 2, '--where needs --cohort'],
    [['report', insurer, '-o', 'OUT', '--cohort', 'missing.csv'], 66, 'missing.csv: no such file'],
    [['report', insurer, '-o', 'OUT', '--cohort', 'examples/synthetic-cohort.csv', '--where', 'industry=shipping'], 2, '--where: industry: "shipping" is not allowed'],
    [['report', 'BAD', '-o', 'OUT'], 1, 'people.ceo-involvement'],
    [['report', insurer, '-o', 'OUT', '--previous', 'missing.json'], 66, 'missing.json: no such file'],
  ])('refuses %j with exit %i and a clear message, and writes nothing', (args, status, message) => {
    const dir = mkdtempSync(join(tmpdir(), 'report-cli-bad-'));
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, JSON.stringify({ ...JSON.parse(readFileSync(insurer, 'utf8')), respondents: [{ id: 'x', businessUnit: 'it', answers: { 'people.ceo-involvement': { value: 'maybe' } } }] }));
    const run = runCli(args.map((a) => (a === 'OUT' ? join(dir, 'report.pdf') : a === 'BAD' ? bad : a)));
    expect(run.status).toBe(status);
    expect(run.stderr).toContain(message);
    expect(readdirSync(dir)).toEqual(['bad.json']);
  });

  it('refuses an output directory that does not exist', () => {
    const run = runCli(['report', insurer, '-o', '/nonexistent-dir/report.pdf']);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('crm-maturity: -o /nonexistent-dir/report.pdf: the directory /nonexistent-dir does not exist');
    expect(existsSync('/nonexistent-dir')).toBe(false);
  });
});
