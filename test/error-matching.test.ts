/**
 * No package decides about an error by its message text or its class: the
 * code of a CrmMaturityError is the only thing callers switch on (the CLI's
 * exit code, the API's extensions.code). The checker is first shown to find
 * every way of matching a message or a class, and to leave code checks and
 * messages merely printed alone; then it reads every production file.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { errorMatches } from './support/error-matching';
import { repoRoot } from './support/run-cli';

/**
 * Files allowed to match message text, each with why. Only errors of other
 * libraries that carry no code may be recognized so; never ours.
 */
const allowed: Record<string, string> = {
  'packages/api/src/database-failure.ts': "node-postgres' pool timeouts and dropped connections, and Prisma's P2028, carry no code that tells them apart",
};

/** Production source: every package's src, the questionnaire loader, scripts, bench and examples; not tests, test helpers or generated code. */
function productionFiles(): string[] {
  const listed = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard', '*.ts'], { cwd: repoRoot, encoding: 'utf8' });
  return listed
    .split('\n')
    .filter((file) => /^(packages\/[^/]+\/(src|scripts)|questionnaires\/src|scripts|bench|examples)\//.test(file))
    .filter((file) => !/\.test\.ts$|\.test-support\.ts$|\/testing\/|\/generated\//.test(file));
}

describe('the error-matching checker (negative controls: it finds what it must)', () => {
  it.each([
    ["if (error.message.includes('not valid UTF-8')) retry();", 'tests the text of a message'],
    ["if ((error as Error).message.startsWith('input is not valid UTF-8')) retry();", 'tests the text of a message'],
    ["if (error?.message.match(/UTF-8/)) retry();", 'tests the text of a message'],
    ['if (/timeout/i.test(error.message)) retry();', 'matches a message with a regular expression'],
    ["const message = String(error); if (message.endsWith('busy')) retry();", 'tests the text of a message'],
    ["if (String(error).includes('busy')) retry();", 'tests the text of a message'],
    ["if (error.message === 'boom') retry();", 'compares a message with a text'],
    ["if ('boom' !== err['message']) retry();", 'compares a message with a text'],
    ["switch (error.message) { case 'boom': retry(); }", 'switches on a message'],
    ["if (error.name === 'InvalidUtf8Error') retry();", 'compares an error class name'],
    ["if (error.constructor.name === 'ReleaseRefusedError') retry();", 'reads a class name'],
    ['if (error instanceof RangeError) retry();', 'decides by the class RangeError'],
    ['if (error instanceof QuestionnaireLoadError) retry();', 'decides by the class QuestionnaireLoadError'],
    ['if (error instanceof core.ReleaseRefusedError) retry();', 'decides by the class ReleaseRefusedError'],
  ])('finds %s', (text, reason) => {
    const found = errorMatches('example.ts', text);
    expect(found.length).toBeGreaterThan(0);
    expect(found[0]!.reason).toContain(reason);
  });

  it('leaves code checks and printed messages alone', () => {
    const fine = [
      "if (isCrmMaturityError(error) && error.code === 'INVALID_UTF8') retry();",
      "if ((error as { code?: string }).code === 'P2002') retry();",
      'process.stderr.write(`crm-maturity: ${error.message}\\n`);',
      'if (error instanceof Error) log(error.message);',
      'if (error instanceof CrmMaturityError) log(error.code);',
      'if (error instanceof GraphQLError) log(error.path);',
      "const text = issues.map((issue) => issue.message).join('; ');",
      "const reason = error instanceof Error ? error.message : String(error);",
      "if (String((error as { code?: unknown }).code).startsWith('SQLITE_BUSY')) retry();",
    ].join('\n');
    expect(errorMatches('example.ts', fine)).toEqual([]);
  });
});

describe('the production source', () => {
  const files = productionFiles();

  it('is every package, with tests and generated code left out', () => {
    for (const file of ['packages/core/src/index.ts', 'packages/cli/src/main.ts', 'packages/api/src/mask-error.ts', 'packages/report/src/render-report.ts', 'questionnaires/src/bundled.ts']) {
      expect(files).toContain(file);
    }
    expect(files.filter((file) => file.endsWith('.test.ts'))).toEqual([]);
  });

  it('decides about errors by code, never by message text or class', () => {
    const found = files.flatMap((file) => (allowed[file] ? [] : errorMatches(file, readFileSync(join(repoRoot, file), 'utf8'))));
    expect(found.map((m) => `${m.file}:${m.line}: ${m.reason}: ${m.text}`)).toEqual([]);
  });

  it('still needs each allowance (an allowance nothing uses is removed)', () => {
    for (const file of Object.keys(allowed)) expect(errorMatches(file, readFileSync(join(repoRoot, file), 'utf8')).length, file).toBeGreaterThan(0);
  });
});
