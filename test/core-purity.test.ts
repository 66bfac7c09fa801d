/**
 * The compiler keeps core pure (STYLE.md rules 1 and 13): core's
 * production files compile with the ECMAScript library alone, no Node
 * types and no DOM. The proof is a probe file compiled in the same program
 * as every real core file (so a dependency's typings that drag Node or DOM
 * globals in would show): each platform API in it must fail to compile,
 * each ECMAScript global must compile, and the real files must compile.
 */
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { coreDirectory, coreProject } from './support/core-project';

/** Node and browser APIs that core must not reach, one per line of the probe. */
const platformApis = [
  'process.env.HOME',
  "Buffer.from('x')",
  "require('node:fs')",
  '__dirname',
  'new TextDecoder()',
  'new TextEncoder()',
  'setTimeout(() => undefined, 1)',
  'queueMicrotask(() => undefined)',
  "fetch('https://example.org')",
  "new URL('https://example.org')",
  'new AbortController()',
  'crypto.getRandomValues(new Uint8Array(1))',
  'performance.now()',
  "console.log('x')",
  'structuredClone({})',
  'document.title',
  'window.location',
  'localStorage',
];

/** ECMAScript globals, which core may use: the negative control of the probe. */
const ecmascript = [
  'Date.now()',
  'Math.random()',
  'new Map<string, number>()',
  "JSON.parse('1')",
  "new Intl.NumberFormat('en').format(1)",
  'globalThis.Number.MAX_SAFE_INTEGER',
  'new Uint8Array(4).at(-1)',
  '[3, 1, 2].toSorted()',
  "Object.hasOwn({}, 'a')",
  'String.fromCharCode(65)',
];

describe('core compiles with ECMAScript alone', () => {
  const project = coreProject();
  const probe = join(coreDirectory, 'src', 'purity-probe.ts');
  const lines = [...platformApis, ...ecmascript];
  const probeText = lines.map((expression, i) => `export const use${i} = ${expression};`).join('\n');
  const host = ts.createCompilerHost(project.options);
  const getSourceFile = host.getSourceFile.bind(host);
  host.getSourceFile = (file, language, ...rest) => (file === probe ? ts.createSourceFile(file, probeText, language) : getSourceFile(file, language, ...rest));
  const fileExists = host.fileExists.bind(host);
  host.fileExists = (file) => file === probe || fileExists(file);
  const program = ts.createProgram({ rootNames: [...project.fileNames, probe], options: project.options, host });
  const diagnostics = ts.getPreEmitDiagnostics(program);
  const lineOf = (d: ts.Diagnostic) => d.file!.getLineAndCharacterOfPosition(d.start!).line;
  const probeErrors = diagnostics.filter((d) => d.file?.fileName === probe);

  it('is configured with lib ES2023, no types and no DOM (packages/core/tsconfig.json)', () => {
    expect(project.options.lib).toEqual(['lib.es2023.d.ts']);
    expect(project.options.types).toEqual([]);
  });

  it.each(platformApis.map((expression, i) => [expression, i] as const))('refuses %s', (_expression, line) => {
    const errors = probeErrors.filter((d) => lineOf(d) === line).map((d) => ts.flattenDiagnosticMessageText(d.messageText, ' '));
    expect(errors.length).toBeGreaterThan(0);
    expect(errors.join(' ')).toMatch(/Cannot find name/);
  });

  it('accepts the ECMAScript globals (the probe tells them apart)', () => {
    const accepted = ecmascript.map((_, i) => platformApis.length + i);
    expect(probeErrors.filter((d) => accepted.includes(lineOf(d))).map((d) => ts.flattenDiagnosticMessageText(d.messageText, ' '))).toEqual([]);
  });

  it("compiles every production file of core, with its dependencies' typings, without error", () => {
    const others = diagnostics.filter((d) => d.file?.fileName !== probe);
    expect(others.map((d) => `${d.file?.fileName ?? ''}: ${ts.flattenDiagnosticMessageText(d.messageText, ' ')}`)).toEqual([]);
  });
});
