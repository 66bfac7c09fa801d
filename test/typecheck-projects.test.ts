/**
 * `pnpm typecheck` checks every file under the right rules: each workspace
 * package has its own tsconfig extending the ECMAScript-only base and a
 * typecheck script that runs it, and every TypeScript file of the
 * repository belongs to at least one of those projects (a file in none
 * would never be checked).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { repoRoot } from './support/run-cli';

function parsedProject(path: string): ts.ParsedCommandLine {
  const parsed = ts.getParsedCommandLineOfConfigFile(join(repoRoot, path), {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => undefined });
  if (!parsed) throw new Error(`${path} cannot be read`);
  return parsed;
}

/** The workspace packages' folders, from pnpm-workspace.yaml ("packages/*" expanded). */
function workspacePackages(): string[] {
  const globs = (parse(readFileSync(join(repoRoot, 'pnpm-workspace.yaml'), 'utf8')) as { packages: string[] }).packages;
  return globs.flatMap((glob) => {
    if (!glob.endsWith('/*')) return [glob];
    const parent = glob.slice(0, -2);
    return execFileSync('ls', [join(repoRoot, parent)], { encoding: 'utf8' })
      .split('\n')
      .filter((name) => name && existsSync(join(repoRoot, parent, name, 'package.json')))
      .map((name) => `${parent}/${name}`);
  });
}

describe('the typecheck projects', () => {
  const packages = workspacePackages();

  it('start from a base with ECMAScript only: no DOM, no Node types', () => {
    const base = parsedProject('tsconfig.base.json');
    expect(base.options.lib).toEqual(['lib.es2023.d.ts']);
    expect(base.options.types).toEqual([]);
  });

  it.each(packages)('%s has a tsconfig extending the base and a typecheck script that runs it', (directory) => {
    const config = ts.readConfigFile(join(repoRoot, directory, 'tsconfig.json'), ts.sys.readFile).config as { extends?: string };
    expect(join(directory, config.extends ?? '')).toBe('tsconfig.base.json');
    const scripts = (JSON.parse(readFileSync(join(repoRoot, directory, 'package.json'), 'utf8')) as { scripts?: Record<string, string> }).scripts ?? {};
    expect(scripts.typecheck).toMatch(/^tsc -p tsconfig\.json\b/);
  });

  it('give Node types to everything but core, whose production source gets none', () => {
    for (const directory of packages.filter((d) => d !== 'packages/core')) expect(parsedProject(`${directory}/tsconfig.json`).options.types, directory).toEqual(['node']);
    expect(parsedProject('packages/core/tsconfig.json').options.types).toEqual([]);
    expect(parsedProject('packages/core/tsconfig.test.json').options.types).toEqual(['node']);
  });

  it('cover every TypeScript file of the repository', () => {
    const projects = [...packages.map((d) => `${d}/tsconfig.json`), 'packages/core/tsconfig.test.json', 'tsconfig.json'];
    const covered = new Set(projects.flatMap((project) => parsedProject(project).fileNames.map((file) => relative(repoRoot, file))));
    const listed = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard', '*.ts', '*.mts'], { cwd: repoRoot, encoding: 'utf8' })
      .split('\n')
      .filter((file) => file && !file.endsWith('.d.ts'));
    expect(listed.filter((file) => !covered.has(file))).toEqual([]);
  });

  it('are all run by the root typecheck script', () => {
    const root = (JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts.typecheck;
    expect(root).toMatch(/pnpm --recursive\b.* typecheck/);
    expect(root).toMatch(/tsc -p tsconfig\.json/);
    const core = (JSON.parse(readFileSync(join(repoRoot, 'packages/core/package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts.typecheck;
    expect(core).toContain('tsc -p tsconfig.test.json');
  });
});
