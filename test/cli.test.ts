import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { repoRoot, runCli } from './support/run-cli';

const examples = join(repoRoot, 'questionnaires', 'crm-maturity', 'v1', 'examples');
const retailer = join(examples, 'small-retailer.json');
const insurer = join(examples, 'mid-size-insurer.json');
let scratch: string;

function writeScratch(name: string, content: unknown): string {
  const file = join(scratch, name);
  writeFileSync(file, typeof content === 'string' ? content : JSON.stringify(content, null, 2));
  return file;
}

beforeAll(() => {
  scratch = mkdtempSync(join(tmpdir(), 'crm-maturity-cli-'));
});

describe('crm-maturity CLI on the example files', () => {
  it('runs from the repo root through pnpm, as the README says', () => {
    const run = runCli(['score', 'questionnaires/crm-maturity/v1/examples/small-retailer.json'], { viaPnpm: true });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^Overall\s+\d+\.\d\s+Tactical/m);
  });

  it('lists the questionnaire, as text and as JSON', () => {
    const text = runCli(['questionnaire']);
    expect(text.status).toBe(0);
    expect(text.stdout).toContain('Customer relationship maturity (crm-maturity 1.0.0)');
    expect(text.stdout).toMatch(/^People \(weight 1, \d+ questions\)$/m);
    const json = JSON.parse(runCli(['questionnaire', '--json']).stdout);
    expect(json.version).toBe('1.0.0');
    expect(json.questions.length).toBeGreaterThanOrEqual(40);
  });

  it('validates, scores and explains a file; --json carries the whole explanation', () => {
    expect(runCli(['validate', retailer])).toMatchObject({ status: 0, stdout: expect.stringContaining(': valid (crm-maturity 1.0.0, 1 respondent(s)') });
    const result = JSON.parse(runCli(['score', retailer, '--json']).stdout);
    expect(result.questionnaire).toMatchObject({ id: 'crm-maturity', version: '1.0.0' });
    const question = result.dimensions[0].questions[0];
    expect(question.explanation).toMatch(/points/);
    const sum = result.dimensions[0].questions.reduce((s: number, q: { contribution: number }) => s + q.contribution, 0);
    expect(sum).toBeCloseTo(result.dimensions[0].score, 6);
  });

  it('shows the respondents\' disagreements for a file with several respondents', () => {
    const run = runCli(['score', insurer]);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('Respondents disagree most on:');
  });

  it('prints a roadmap overall and per dimension', () => {
    const all = runCli(['roadmap', retailer]);
    expect(all.status).toBe(0);
    expect(all.stdout).toMatch(/^Overall: [\d.]+ \(Tactical\) -> Advanced needs 40$/m);
    const people = JSON.parse(runCli(['roadmap', retailer, '--dimension', 'people', '--json']).stdout);
    expect(people.scope).toBe('people');
    expect(people.steps.every((s: { dimension: string }) => s.dimension === 'people')).toBe(true);
  });

  it('measures progress between two assessments', () => {
    const improved = JSON.parse(readFileSync(retailer, 'utf8'));
    const later = writeScratch('retailer-later.json', {
      ...improved,
      respondents: improved.respondents.map((r: { answers: Record<string, unknown> }) => ({
        ...r,
        answers: { ...r.answers, 'information.customer-data-sources': { value: 1 } },
      })),
    });
    const run = JSON.parse(runCli(['progress', retailer, later, '--json', '--target', 'advanced']).stdout);
    expect(run.comparable).toBe(true);
    expect(run.overall.target.level.id).toBe('advanced');
    expect(run.dimensions.find((d: { id: string }) => d.id === 'information').delta).toBeGreaterThan(0);
  });
  it('refuses progress between two organizations, or with the later assessment given first', () => {
    const otherOrganization = runCli(['progress', retailer, insurer]);
    expect(otherOrganization.status).toBe(1);
    expect(otherOrganization.stderr).toContain('the earlier result is for "Juniper & Oak Home Goods", the later one for "Harbourline Mutual Insurance"');
    expect(otherOrganization.stdout).toBe('');
    const earlierInsurer = join(repoRoot, 'examples', 'mid-size-insurer-2025.json');
    const swapped = runCli(['progress', insurer, earlierInsurer]);
    expect(swapped.status).toBe(1);
    expect(swapped.stderr).toContain('the earlier result is dated 2026-11-02, after the later one (2025-11-04)');
    const inOrder = runCli(['progress', earlierInsurer, insurer, '--json']);
    expect(inOrder.status).toBe(0);
    expect(JSON.parse(inOrder.stdout).overall.from).toBeLessThan(JSON.parse(inOrder.stdout).overall.to);
  });
});

describe('crm-maturity CLI on bad input', () => {
  it('names the file, question ids and values of every problem, and exits 1 without a stack trace', () => {
    const original = JSON.parse(readFileSync(retailer, 'utf8'));
    const answers = original.respondents[0].answers;
    const file = writeScratch('bad.json', {
      ...original,
      respondents: [
        {
          ...original.respondents[0],
          answers: { ...answers, 'people.no-such-question': { value: true }, 'information.customer-data-sources': { value: -3 } },
        },
      ],
    });
    const run = runCli(['score', file]);
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(
      [
        `crm-maturity: ${file}: 2 problems`,
        `  ${file}: information.customer-data-sources (respondent ${original.respondents[0].id}): must be from ${minimumOf('information.customer-data-sources')} to 1000000, got -3`,
        `  ${file}: people.no-such-question: no such question in crm-maturity 1.0.0`,
        '',
      ].join('\n'),
    );
  });

  it('reports missing required answers in validate, and accepts them with --partial', () => {
    const original = JSON.parse(readFileSync(retailer, 'utf8'));
    const [first, ...rest] = Object.keys(original.respondents[0].answers);
    const file = writeScratch('partial.json', {
      ...original,
      respondents: [{ ...original.respondents[0], answers: Object.fromEntries(rest.map((id) => [id, original.respondents[0].answers[id]])) }],
    });
    const strict = runCli(['validate', file]);
    expect(strict.status).toBe(1);
    expect(strict.stdout).toContain(`${first}: required, but no respondent answered it`);
    expect(runCli(['validate', file, '--partial']).status).toBe(0);
    const json = JSON.parse(runCli(['validate', file, '--json']).stdout);
    expect(json.issues).toEqual([expect.objectContaining({ code: 'MISSING_REQUIRED', questionId: first })]);
  });

  it.each([
    ['a missing file', ['score', 'nope.json'], 66, 'crm-maturity: nope.json: no such file\n'],
    ['a usage error', ['score'], 2, 'crm-maturity: score takes <answers.json>, got 0 argument(s)'],
    ['an unknown command', ['grade', 'x.json'], 2, 'crm-maturity: unknown command "grade"'],
    ['an unknown option', ['score', '--colour'], 2, "crm-maturity: Unknown option '--colour'"],
  ])('handles %s', (_name, args, status, message) => {
    const run = runCli(args);
    expect(run.status).toBe(status);
    expect(run.stderr.startsWith(message)).toBe(true);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  it('rejects a bad --dimension and --target with the allowed values', () => {
    expect(runCli(['roadmap', retailer, '--dimension', 'culture']).stderr).toBe(
      'crm-maturity: --dimension: "culture" is not a dimension; dimensions are people, process, information, technology\n',
    );
    expect(runCli(['roadmap', retailer, '--target', 'expert']).status).toBe(2);
  });

  it('reports invalid JSON and an unknown questionnaire version by file', () => {
    const broken = writeScratch('broken.json', '{ "questionnaire": ');
    expect(runCli(['score', broken]).stderr).toMatch(new RegExp(`^crm-maturity: ${broken}: not valid JSON: `));
    const future = writeScratch('future.json', { ...JSON.parse(readFileSync(retailer, 'utf8')), questionnaire: { id: 'crm-maturity', version: '9.0.0' } });
    expect(runCli(['score', future]).stderr).toBe(`crm-maturity: ${future}: no bundled questionnaire crm-maturity version 9.0.0; bundled: v1\n`);
  });
});

function minimumOf(questionId: string): number {
  const questionnaire = JSON.parse(runCli(['questionnaire', '--json']).stdout);
  return questionnaire.questions.find((q: { id: string }) => q.id === questionId).min;
}
