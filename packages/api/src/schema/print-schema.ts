import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { schema } from './index';

export const schemaFile = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'schema.graphql');

export function schemaText(): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}
