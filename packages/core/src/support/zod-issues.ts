import type { z } from 'zod';
import { describeValue, formatPath, type Issue } from './issue';

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let current = input;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}

/** Turns zod's issues into ours, with the path and the value that failed. */
export function issuesFromZod(error: z.ZodError, input: unknown, file?: string): Issue[] {
  return error.issues.map((zodIssue) => {
    const path = zodIssue.path.map((p) => (typeof p === 'symbol' ? String(p) : p));
    // For an unknown key the value at the path is the whole object: name the keys instead.
    const value = zodIssue.code === 'unrecognized_keys' ? zodIssue.keys : valueAt(input, zodIssue.path);
    const where = file ? `${file}: ${formatPath(path)}` : formatPath(path);
    const shown = value === undefined || zodIssue.code === 'unrecognized_keys' ? '' : ` (got ${describeValue(value)})`;
    return {
      code: 'INVALID_FILE' as const,
      message: `${where}: ${zodIssue.message}${shown}`,
      path,
      value,
      ...(file ? { file } : {}),
    };
  });
}
