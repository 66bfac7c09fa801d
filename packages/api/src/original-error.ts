/**
 * What was thrown, inside the GraphQLErrors that graphql-js wraps it in (a
 * resolver's error gets the field's path; a bad variable's, the variable).
 *
 * @example
 * originalErrorOf(new GraphQLError('wrapped', { originalError: thrown })) === thrown; // => true
 */
export function originalErrorOf(error: unknown): unknown {
  let current = error;
  // A handful of wrappers at most; the bound only guards against a cycle.
  for (let depth = 0; depth < 8; depth++) {
    const inner = (current as { originalError?: unknown } | null)?.originalError;
    if (inner === undefined || inner === null) return current;
    current = inner;
  }
  return current;
}
