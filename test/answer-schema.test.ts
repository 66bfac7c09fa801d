import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { bundledExamplesDirectory, bundledMajorVersions } from '@crm-maturity/questionnaires';
import { answerSchemaPath, answerSchemaText } from '../scripts/answer-schema-file';

describe('the published answer-file JSON Schema', () => {
  it('is committed as generated from the zod schema (run `pnpm schemas` after changing it)', () => {
    expect(readFileSync(answerSchemaPath, 'utf8')).toBe(answerSchemaText());
  });

  // An independent validator (ajv) agrees with zod on the examples and on a broken file.
  const validate = new Ajv2020({ allErrors: true, strict: false }).compile(JSON.parse(answerSchemaText()));
  const examples = bundledMajorVersions('crm-maturity').flatMap((major) =>
    readdirSync(bundledExamplesDirectory('crm-maturity', major))
      .filter((name) => name.endsWith('.json'))
      .map((name): [number, string] => [major, name]),
  );

  it.each(examples)('accepts the version %i example %s', (major, name) => {
    const ok = validate(JSON.parse(readFileSync(join(bundledExamplesDirectory('crm-maturity', major), name), 'utf8')));
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
  });

  it('rejects an answer with both a value and "not applicable", and an unknown industry', () => {
    const file = {
      questionnaire: { id: 'crm-maturity', version: '1.0.0' },
      organization: { name: 'X', industry: 'mining' },
      respondents: [{ id: 'a', businessUnit: 'it', answers: { 'people.x': { value: true, notApplicable: true } } }],
    };
    expect(validate(file)).toBe(false);
    expect(validate.errors?.map((e) => e.instancePath)).toEqual(expect.arrayContaining(['/organization/industry', '/respondents/0/answers/people.x']));
  });
});
