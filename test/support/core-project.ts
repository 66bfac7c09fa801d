import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { repoRoot } from './run-cli';

export const coreDirectory = join(repoRoot, 'packages', 'core');

/** packages/core/tsconfig.json as the compiler reads it: core's production files and the options they compile under. */
export function coreProject(): ts.ParsedCommandLine {
  const parsed = ts.getParsedCommandLineOfConfigFile(join(coreDirectory, 'tsconfig.json'), {}, {
    ...ts.sys,
    onUnRecoverableConfigFileDiagnostic: (diagnostic) => {
      throw new Error(ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'));
    },
  });
  if (!parsed) throw new Error('packages/core/tsconfig.json cannot be read');
  return parsed;
}

/** The runtime dependencies packages/core/package.json declares. */
export function coreDependencies(): string[] {
  const manifest = JSON.parse(readFileSync(join(coreDirectory, 'package.json'), 'utf8')) as { dependencies?: Record<string, string> };
  return Object.keys(manifest.dependencies ?? {});
}

/** Packages core must never use, whatever its package.json says: the edges' database, GraphQL, PDF and file formats. */
export const forbiddenInCore = [
  { pattern: /^(graphql|graphql-.*|@graphql-.*\/.*|@escape\.tech\/.*)$/, reason: 'GraphQL belongs to the API, never to core' },
  { pattern: /^(prisma|@prisma\/.*|better-sqlite3|pg|pg-.*)$/, reason: 'the database belongs to the API, never to core' },
  { pattern: /^@pothos\/.*$/, reason: 'the GraphQL schema belongs to the API, never to core' },
  { pattern: /^(pdfkit|@types\/pdfkit)$/, reason: 'PDF rendering belongs to the report, never to core' },
  { pattern: /^(yaml|pino|pino-.*)$/, reason: 'files and logs are read and written at the edges, never in core' },
];
