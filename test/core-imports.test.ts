/**
 * Core imports nothing but its own files and the packages its package.json
 * declares (zod, simple-statistics, pure-rand): no Node built-in, no
 * GraphQL, Prisma or pdfkit, even if someone declared them. The imports are
 * read by the TypeScript parser; the checker is first shown to catch every
 * way of writing a forbidden import, then run on every production file.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { coreDependencies, coreDirectory, coreProject, forbiddenInCore } from './support/core-project';
import { importViolations, type ImportRules } from './support/import-violations';

const project = coreProject();
const productionFiles = project.fileNames;
const rules: ImportRules = {
  localFiles: new Set(productionFiles.map((file) => file.replace(/\.ts$/, ''))),
  dependencies: coreDependencies(),
  forbidden: forbiddenInCore,
};

describe('the import checker (negative controls: it catches what it must)', () => {
  const file = join(coreDirectory, 'src', 'scoring', 'synthetic-example.ts');
  const reasonsFor = (text: string) => importViolations(file, text, rules).map((v) => `${v.specifier}: ${v.reason}`);

  it.each([
    ["import { readFileSync } from 'node:fs';", 'node:fs', 'a Node built-in'],
    ["import fs from 'fs';", 'fs', 'a Node built-in'],
    ["import { join } from 'path/posix';", 'path/posix', 'a Node built-in'],
    ["export { promises } from 'node:fs';", 'node:fs', 'a Node built-in'],
    ["import type { Readable } from 'node:stream';", 'node:stream', 'a Node built-in'],
    ["type Stream = import('node:stream').Readable;", 'node:stream', 'a Node built-in'],
    ["export const os = await import('node:os');", 'node:os', 'a Node built-in'],
    ["const os = require('node:os');", 'node:os', 'a Node built-in'],
    ["import os = require('os');", 'os', 'a Node built-in'],
    ["import { GraphQLError } from 'graphql';", 'graphql', 'GraphQL belongs to the API'],
    ["import { createYoga } from 'graphql-yoga';", 'graphql-yoga', 'GraphQL belongs to the API'],
    ["import type { PrismaClient } from '@prisma/client';", '@prisma/client', 'the database belongs to the API'],
    ["import Database from 'better-sqlite3';", 'better-sqlite3', 'the database belongs to the API'],
    ["import PDFDocument from 'pdfkit';", 'pdfkit', 'PDF rendering belongs to the report'],
    ["import SchemaBuilder from '@pothos/core';", '@pothos/core', 'the GraphQL schema belongs to the API'],
    ["import leftPad from 'left-pad';", 'left-pad', 'is not a dependency declared'],
    ["import { createApi } from '../../../api/src/yoga';", '../../../api/src/yoga', 'must reach another production file'],
    ["import { fixtureQuestionnaire } from '../testing/fixture-questionnaire';", '../testing/fixture-questionnaire', 'must reach another production file'],
    ["import { seededUniform } from '../statistics/seeded-uniform.test-support';", '../statistics/seeded-uniform.test-support', 'must reach another production file'],
    ['/// <reference types="node" />\nexport {};', 'types=node', 'type reference'],
    ['/// <reference lib="dom" />\nexport {};', 'lib=dom', 'lib reference'],
    ["const name = 'node:fs';\nexport const fs = await import(name);", 'import(name)', 'cannot be checked'],
  ])('refuses %s', (text, specifier, reason) => {
    const found = reasonsFor(text);
    expect(found).toHaveLength(1);
    expect(found[0]).toContain(specifier);
    expect(found[0]).toContain(reason);
  });

  it('refuses a forbidden package even when package.json declares it', () => {
    const declared = { ...rules, dependencies: [...rules.dependencies, 'graphql', '@prisma/client', 'pdfkit'] };
    for (const name of ['graphql', '@prisma/client', 'pdfkit']) expect(importViolations(file, `import x from '${name}';`, declared)).toHaveLength(1);
  });

  it('allows core files, declared dependencies and their subpaths', () => {
    const allowed = [
      "import { z } from 'zod';",
      "import { mean } from 'simple-statistics';",
      "import uniformFloat64 from 'pure-rand/distribution/uniformFloat64';",
      "import { levelForScore } from './level-for-score';",
      "import type { Issue } from '../support/issue';",
      "export * from '../statistics/index';",
    ].join('\n');
    expect(reasonsFor(allowed)).toEqual([]);
  });
});

describe("core's production files", () => {
  it('are the files of packages/core/tsconfig.json: the index and everything but tests and test helpers', () => {
    const relative = productionFiles.map((f) => f.slice(coreDirectory.length + 1));
    expect(relative).toContain('src/index.ts');
    expect(relative.filter((f) => /\.test\.ts$|\.test-support\.ts$|^src\/testing\//.test(f))).toEqual([]);
    expect(relative.length).toBeGreaterThan(100);
  });

  it('import only core files and the declared dependencies', () => {
    const violations = productionFiles.flatMap((file) => importViolations(file, readFileSync(file, 'utf8'), rules));
    expect(violations.map((v) => `${v.file.slice(coreDirectory.length + 1)}:${v.line}: ${v.specifier}: ${v.reason}`)).toEqual([]);
  });

  it('declare no dependency on GraphQL, a database, PDF or file formats', () => {
    expect(rules.dependencies.filter((name) => forbiddenInCore.some(({ pattern }) => pattern.test(name)))).toEqual([]);
  });
});
