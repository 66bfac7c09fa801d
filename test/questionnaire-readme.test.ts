import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundledMajorVersions, bundledQuestionnaire, bundledVersionDirectory } from '@crm-maturity/questionnaires';
import { runCli } from './support/run-cli';

const typeNames = { yes_no: 'yes/no', single_choice: 'single choice', multiple_choice: 'multiple choice', count: 'count', percentage: 'percentage', grid: 'grid' } as const;

describe.each(bundledMajorVersions('crm-maturity'))('the README of questionnaire v%i', (major) => {
  const readme = readFileSync(join(bundledVersionDirectory('crm-maturity', major), 'README.md'), 'utf8');
  const questionnaire = bundledQuestionnaire('crm-maturity', String(major));

  it('lists every question once with the dimension, type, weight and "not applicable" of its file', () => {
    const rows = readme.split('\n').filter((line) => /^\| `[a-z]+\.[a-z0-9-]+` \| [a-z]+ \|/.test(line));
    expect(rows.map((row) => /^\| `([^`]+)`/.exec(row)![1])).toEqual(questionnaire.questions.map((q) => q.id));
    rows.forEach((row, i) => {
      const question = questionnaire.questions[i]!;
      const [dimension, type, weight, notApplicable] = row.split('|').slice(2, 6).map((cell) => cell.trim());
      const scale = question.type === 'single_choice' && question.scale ? ` (${question.scale})` : '';
      expect([dimension, type, weight, notApplicable], question.id).toEqual([question.dimension, `${typeNames[question.type]}${scale}`, String(question.weight), question.allowNotApplicable ? 'yes' : '']);
    });
  });

  // From version 2 on, the table is printed by the CLI; version 1's was written by hand and stays as published.
  it.runIf(major >= 2)('holds the question table exactly as `crm-maturity questionnaire --markdown` prints it', () => {
    const run = runCli(['questionnaire', '--version', String(major), '--markdown']);
    expect(run.status).toBe(0);
    expect(readme).toContain(`\n${run.stdout.trimEnd()}\n`);
  });
});
