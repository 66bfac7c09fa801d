// Writes packages/api/schema.graphql from the Pothos schema; a test fails when the committed file is stale.
import { writeFileSync } from 'node:fs';
import { schemaFile, schemaText } from '../src/schema/print-schema';

writeFileSync(schemaFile, schemaText());
console.log(`wrote ${schemaFile}`);
