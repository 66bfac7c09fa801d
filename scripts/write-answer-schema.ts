// Writes schemas/answers.schema.json from core's zod schema; a test fails when the committed file is stale.
import { writeFileSync } from 'node:fs';
import { answerSchemaText, answerSchemaPath } from './answer-schema-file';

writeFileSync(answerSchemaPath, answerSchemaText());
console.log(`wrote ${answerSchemaPath}`);
