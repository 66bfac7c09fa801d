/**
 * One error model: every code of core's closed list has an exit code in the
 * CLI's table and an answer in the API's, and the README's table says
 * exactly what the three lists say. The compiler already refuses a table
 * with a code missing (both are Record<ErrorCode, ...>); this test also
 * holds the values to the documented ones.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CrmMaturityError, errorCodeMeanings, errorCodes, type ErrorCode } from '@crm-maturity/core';
import { describe, expect, it } from 'vitest';
import { apiErrorCodes, apiErrorOf, type ApiAnswer } from '../packages/api/src/errors';
import { graphqlErrorOf } from '../packages/api/src/graphql-error-of';
import { exitCodeOf, exitCodes, type ExitCode } from '../packages/cli/src/exit-codes';
import { repoRoot } from './support/run-cli';

const readme = (path: string) => readFileSync(join(repoRoot, path), 'utf8');

/** The rows of the "Errors" table of packages/core/README.md, cell by cell. */
function documentedRows(): string[][] {
  const section = readme('packages/core/README.md').split('\n## Errors\n')[1]!.split('\n## ')[0]!;
  return section
    .split('\n')
    .filter((line) => line.startsWith('| `'))
    .map((line) => line.slice(1, -1).split(' | ').map((cell) => cell.trim()));
}

describe('the error codes', () => {
  it('make a table with a code missing fail to compile (pnpm typecheck checks the expected errors below)', () => {
    const { DATABASE_BUSY: _exit, ...exitsWithoutOne } = exitCodeOf;
    // @ts-expect-error DATABASE_BUSY is missing
    const exits: Record<ErrorCode, ExitCode> = exitsWithoutOne;
    const { TOKEN_REFUSED: _api, ...answersWithoutOne } = apiErrorOf;
    // @ts-expect-error TOKEN_REFUSED is missing
    const answers: Record<ErrorCode, ApiAnswer> = answersWithoutOne;
    expect(Object.keys(exits)).toHaveLength(errorCodes.length - 1);
    expect(Object.keys(answers)).toHaveLength(errorCodes.length - 1);
  });

  it('are one closed list, each with a meaning', () => {
    expect(new Set(errorCodes).size).toBe(errorCodes.length);
    for (const code of errorCodes) expect(errorCodeMeanings[code].length, code).toBeGreaterThan(10);
  });

  it('each map to one of the exit codes the CLI documents', () => {
    const documented = Object.values(exitCodes);
    for (const code of errorCodes) expect(documented, code).toContain(exitCodeOf[code]);
    expect(Object.keys(exitCodeOf).sort()).toEqual([...errorCodes].sort());
    // The CLI README lists every exit code.
    const section = readme('packages/cli/README.md').split('## Exit codes')[1]!;
    for (const exit of documented) expect(section, `exit code ${exit}`).toMatch(new RegExp(`\\b${exit}\\b`));
  });

  it('each map to a public API code (or are masked), and every public code but the reserved one is sent by some failure', () => {
    expect(Object.keys(apiErrorOf).sort()).toEqual([...errorCodes].sort());
    const sent = new Set<string>();
    for (const code of errorCodes) {
      const answer = apiErrorOf[code];
      if (answer === 'masked') continue;
      expect(apiErrorCodes, code).toContain(answer.code);
      expect(answer.status >= 400 && answer.status < 600, code).toBe(true);
      sent.add(answer.code);
    }
    expect(apiErrorCodes.filter((code) => !sent.has(code))).toEqual(['COHORT_WITHHELD']);
  });

  it('keep the API statuses clients rely on: 401 for a refused token, 503 with Retry-After for the database, 200 otherwise on GraphQL', () => {
    const extensionsOf = (code: (typeof errorCodes)[number]) => graphqlErrorOf(new CrmMaturityError(code, 'm'), { retryAfterSeconds: 3 })?.extensions;
    expect(extensionsOf('TOKEN_REFUSED')).toEqual({ code: 'UNAUTHENTICATED', http: { status: 401 } });
    expect(extensionsOf('UNAUTHENTICATED')).toEqual({ code: 'UNAUTHENTICATED' });
    for (const code of ['DATABASE_UNAVAILABLE', 'DATABASE_BUSY'] as const) expect(extensionsOf(code)).toEqual({ code, http: { status: 503, headers: { 'Retry-After': '3' } } });
    expect(extensionsOf('INVALID_UTF8')).toEqual({ code: 'INVALID_DATASET' });
    expect(extensionsOf('FILE_UNREADABLE')).toBeUndefined();
  });

  it('are documented in packages/core/README.md exactly as the three tables say', () => {
    const expected = errorCodes.map((code) => {
      const answer = apiErrorOf[code];
      const api =
        answer === 'masked'
          ? ['masked', '—', '—']
          : [
              `\`${answer.code}\``,
              answer.graphql === 'retry' ? `${answer.status} + Retry-After` : String(answer.status),
              answer.graphql === 'retry' ? `${answer.status} + Retry-After` : answer.graphql === 'request' ? String(answer.status) : '200',
            ];
      return [`\`${code}\``, errorCodeMeanings[code], String(exitCodeOf[code]), ...api];
    });
    expect(documentedRows()).toEqual(expected);
  });
});
