/** Bounds on a JSON value taken from outside: deep enough and large enough for any answer file, far below what exhausts a stack or memory. */
export type JsonShapeLimits = { maxDepth: number; maxNodes: number; maxArrayLength: number; maxStringLength: number };

export const defaultJsonShapeLimits: JsonShapeLimits = { maxDepth: 32, maxNodes: 100_000, maxArrayLength: 10_000, maxStringLength: 10_000 };

export type JsonShapeProblem = { path: (string | number)[]; message: string };

/**
 * The first way a parsed JSON value exceeds the limits, with the path to
 * where, or undefined when it is within them. Walks with an explicit stack,
 * so a value nested a million levels deep is measured, not a stack
 * overflow (JSON.parse builds such values; JSON.stringify and recursive
 * code then crash on them).
 *
 * @example
 * jsonShapeProblem({ a: [[[1]]] }, { ...defaultJsonShapeLimits, maxDepth: 3 });
 * // => { path: ['a', 0, 0], message: 'nested deeper than 3 levels' }
 */
export function jsonShapeProblem(value: unknown, limits: JsonShapeLimits = defaultJsonShapeLimits): JsonShapeProblem | undefined {
  const stack: { value: unknown; path: (string | number)[] }[] = [{ value, path: [] }];
  let nodes = 0;
  while (stack.length > 0) {
    const { value: node, path } = stack.pop()!;
    if (++nodes > limits.maxNodes) return { path, message: `holds more than ${limits.maxNodes} values` };
    if (typeof node === 'string') {
      if (node.length > limits.maxStringLength) return { path, message: `a string of ${node.length} characters; at most ${limits.maxStringLength}` };
      continue;
    }
    if (node === null || typeof node !== 'object') continue;
    if (path.length >= limits.maxDepth) return { path, message: `nested deeper than ${limits.maxDepth} levels` };
    if (Array.isArray(node)) {
      if (node.length > limits.maxArrayLength) return { path, message: `a list of ${node.length} items; at most ${limits.maxArrayLength}` };
      for (let i = node.length - 1; i >= 0; i--) stack.push({ value: node[i], path: [...path, i] });
    } else {
      const entries = Object.entries(node as Record<string, unknown>);
      if (entries.length > limits.maxArrayLength) return { path, message: `an object of ${entries.length} keys; at most ${limits.maxArrayLength}` };
      for (let i = entries.length - 1; i >= 0; i--) stack.push({ value: entries[i]![1], path: [...path, entries[i]![0]] });
    }
  }
  return undefined;
}
