import { builtinModules } from 'node:module';
import { dirname, resolve } from 'node:path';
import ts from 'typescript';

/** What a file may import: relative paths among `localFiles`, and the packages in `dependencies`, never one in `forbidden`. */
export type ImportRules = {
  /** Absolute paths of the files a relative import may reach (without extension, or with .ts). */
  localFiles: ReadonlySet<string>;
  /** Package names the file's package declares. */
  dependencies: readonly string[];
  /** Packages that are refused even if declared, with the reason. */
  forbidden: readonly { pattern: RegExp; reason: string }[];
};

export type ImportViolation = { file: string; line: number; specifier: string; reason: string };

/**
 * Every module reference in one source file that breaks the rules: import
 * and export declarations (type-only ones too), `import x = require()`,
 * dynamic `import()` and `require()` calls, `import('x').T` types, and the
 * triple-slash directives that pull in type packages, other files or
 * libraries (`/// <reference types|path|lib>`), which would bring globals
 * along. Parsed with the TypeScript compiler, so no form of writing an
 * import escapes a pattern.
 */
export function importViolations(file: string, sourceText: string, rules: ImportRules): ImportViolation[] {
  const source = ts.createSourceFile(file, sourceText, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const violations: ImportViolation[] = [];
  const report = (position: number, specifier: string, reason: string) =>
    violations.push({ file, line: source.getLineAndCharacterOfPosition(position).line + 1, specifier, reason });

  const check = (node: ts.Node, specifier: string) => {
    const reason = refusal(file, specifier, rules);
    if (reason) report(node.getStart(source), specifier, reason);
  };
  const visit = (node: ts.Node) => {
    if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
      check(node, node.moduleSpecifier.text);
    } else if (ts.isImportEqualsDeclaration(node) && ts.isExternalModuleReference(node.moduleReference) && ts.isStringLiteral(node.moduleReference.expression)) {
      check(node, node.moduleReference.expression.text);
    } else if (ts.isCallExpression(node)) {
      const isImport = node.expression.kind === ts.SyntaxKind.ImportKeyword;
      const isRequire = ts.isIdentifier(node.expression) && node.expression.text === 'require';
      if (isImport || isRequire) {
        const [argument] = node.arguments;
        if (argument && ts.isStringLiteralLike(argument)) check(node, argument.text);
        else report(node.getStart(source), node.getText(source), 'a module named at run time cannot be checked');
      }
    } else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument) && ts.isStringLiteral(node.argument.literal)) {
      check(node, node.argument.literal.text);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);

  for (const directive of source.typeReferenceDirectives) report(directive.pos, `types=${directive.fileName}`, 'a type reference brings that package’s globals into core');
  for (const directive of source.libReferenceDirectives) report(directive.pos, `lib=${directive.fileName}`, 'a lib reference brings that library’s globals (DOM, ...) into core');
  for (const directive of source.referencedFiles) report(directive.pos, `path=${directive.fileName}`, 'a path reference can bring in declarations from anywhere');
  return violations;
}

/** Why `specifier`, imported from `file`, breaks the rules, or null when it is allowed. */
function refusal(file: string, specifier: string, rules: ImportRules): string | null {
  if (specifier.startsWith('./') || specifier.startsWith('../')) {
    const target = resolve(dirname(file), specifier).replace(/\.(ts|js)$/, '');
    const known = [target, `${target}/index`].some((path) => rules.localFiles.has(path));
    return known ? null : 'a relative import must reach another production file of the package (not a test, a test helper or another package)';
  }
  if (specifier.startsWith('node:') || builtinModules.includes(specifier.split('/')[0]!)) return 'a Node built-in: core does no I/O';
  const name = packageName(specifier);
  const forbidden = rules.forbidden.find(({ pattern }) => pattern.test(name));
  if (forbidden) return forbidden.reason;
  return rules.dependencies.includes(name) ? null : `${name} is not a dependency declared in the package's package.json`;
}

/** "pure-rand/distribution/x" -> "pure-rand"; "@scope/name/x" -> "@scope/name". */
function packageName(specifier: string): string {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]!;
}
