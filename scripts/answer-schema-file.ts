import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { answerFileJsonSchema } from '@crm-maturity/core';

export const answerSchemaPath = join(dirname(fileURLToPath(import.meta.url)), '..', 'schemas', 'answers.schema.json');

export function answerSchemaText(): string {
  const schema = {
    ...answerFileJsonSchema(),
    title: 'crm-maturity answer file',
    description: 'One organization\'s answers to a crm-maturity questionnaire version, from one or more respondents. Generated from packages/core/src/answers/answer-file-schema.ts by `pnpm schemas`.',
  };
  return `${JSON.stringify(schema, null, 2)}\n`;
}
