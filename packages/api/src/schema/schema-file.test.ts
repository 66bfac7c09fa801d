import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { schemaFile, schemaText } from './print-schema';

describe('schema.graphql', () => {
  it('is committed as printed from the Pothos schema (run `pnpm --filter @crm-maturity/api schema` after an API change)', () => {
    expect(readFileSync(schemaFile, 'utf8')).toBe(schemaText());
  });

  it('keeps every operation a client relies on', () => {
    const text = schemaText();
    for (const field of ['questionnaires', 'organizations', 'assessment', 'cohortStatistics', 'saveAnswers', 'submitAssessment', 'reassess', 'importBenchmarkDataset']) {
      expect(text).toMatch(new RegExp(`\\n  ${field}\\(|\\n  ${field}:`));
    }
  });
});
