import ts from 'typescript';

export type ErrorMatch = { file: string; line: number; text: string; reason: string };

/** String methods that test text; on an error's message they decide by its wording. */
const textTests = new Set(['includes', 'startsWith', 'endsWith', 'match', 'matchAll', 'search', 'indexOf', 'lastIndexOf', 'localeCompare']);
/** Error classes a check may name: the base class (to read any error's message for display), the one coded type, and graphql-js's wrapper. */
const allowedErrorClasses = new Set(['Error', 'CrmMaturityError', 'GraphQLError']);

/**
 * The places in one source file that decide about an error by its message
 * text or its class instead of its code: `.message` (or a variable named
 * message) tested with includes/startsWith/match/..., a regular
 * expression's test/exec, or compared with ===/!==/switch; an error's
 * `.name` or `constructor.name` compared with a string; and `instanceof` a
 * class named ...Error other than Error, CrmMaturityError and GraphQLError
 * (e.g. RangeError, or a per-failure class). Parsed with the TypeScript
 * compiler.
 */
export function errorMatches(file: string, sourceText: string): ErrorMatch[] {
  const source = ts.createSourceFile(file, sourceText, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const matches: ErrorMatch[] = [];
  const report = (node: ts.Node, reason: string) =>
    matches.push({ file, line: source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1, text: node.getText(source), reason });

  const visit = (node: ts.Node) => {
    if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression)) {
      const method = node.expression.name.text;
      if (textTests.has(method) && isMessage(node.expression.expression)) report(node, 'tests the text of a message');
      if ((method === 'test' || method === 'exec') && node.arguments.some(isMessage)) report(node, 'matches a message with a regular expression');
    }
    if (ts.isBinaryExpression(node) && isComparison(node.operatorToken.kind)) {
      const sides = [node.left, node.right];
      const literal = sides.some((side) => ts.isStringLiteralLike(side));
      if (literal && sides.some(isMessage)) report(node, 'compares a message with a text');
      if (literal && sides.some(isErrorName)) report(node, 'compares an error class name with a text');
    }
    if (ts.isSwitchStatement(node) && (isMessage(node.expression) || isErrorName(node.expression))) report(node.expression, 'switches on a message or class name');
    if (ts.isPropertyAccessExpression(node) && node.name.text === 'name' && ts.isPropertyAccessExpression(node.expression) && node.expression.name.text === 'constructor') {
      report(node, 'reads a class name');
    }
    if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.InstanceOfKeyword) {
      const className = node.right.getText(source).split('.').pop()!;
      if (/Error$/.test(className) && !allowedErrorClasses.has(className)) report(node, `decides by the class ${className}, not by a code`);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return matches;
}

function isComparison(kind: ts.SyntaxKind): boolean {
  return [ts.SyntaxKind.EqualsEqualsEqualsToken, ts.SyntaxKind.ExclamationEqualsEqualsToken, ts.SyntaxKind.EqualsEqualsToken, ts.SyntaxKind.ExclamationEqualsToken].includes(kind);
}

/** Names that read as a caught error. */
const errorLike = /^(e|err|error|.*Error|cause|original.*)$/;

/** `x.message`, `(x as Error).message`, `x?.message`, `String(error)`, or a variable named message / ...Message. */
function isMessage(node: ts.Node): boolean {
  const inner = unwrap(node);
  if (ts.isPropertyAccessExpression(inner)) return inner.name.text === 'message';
  if (ts.isElementAccessExpression(inner)) return ts.isStringLiteral(inner.argumentExpression) && inner.argumentExpression.text === 'message';
  // String(error) is the error's "Name: message" text.
  if (ts.isCallExpression(inner) && ts.isIdentifier(inner.expression) && inner.expression.text === 'String') return inner.arguments.some((a) => ts.isIdentifier(unwrap(a)) && errorLike.test(unwrap(a).getText()));
  return ts.isIdentifier(inner) && /^(message|.*Message)$/.test(inner.text);
}

/** `error.name`, `err.name`, `e.name` and the like: a receiver that reads as an error. */
function isErrorName(node: ts.Node): boolean {
  const inner = unwrap(node);
  return ts.isPropertyAccessExpression(inner) && inner.name.text === 'name' && errorLike.test(unwrap(inner.expression).getText());
}

function unwrap(node: ts.Node): ts.Node {
  let current = node;
  while (ts.isParenthesizedExpression(current) || ts.isAsExpression(current) || ts.isNonNullExpression(current) || ts.isTypeAssertionExpression(current)) current = current.expression;
  return current;
}
