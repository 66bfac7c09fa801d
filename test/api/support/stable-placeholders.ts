/**
 * A response with its volatile values (ids, dates, tokens) replaced by
 * stable placeholders, so snapshots compare what the API says, not when or
 * under which key it stored it. Each distinct value gets its own numbered
 * placeholder, so "the same id twice" stays visible.
 */
export function withStablePlaceholders<T>(value: T): T {
  const seen = new Map<string, string>();
  const placeholder = (kind: string, original: string) => {
    if (!seen.has(original)) seen.set(original, `<${kind} ${[...seen.values()].filter((p) => p.startsWith(`<${kind} `)).length + 1}>`);
    return seen.get(original)!;
  };
  const replace = (text: string) =>
    text
      .replace(/\b(?:T3JnYW5pemF0aW9uO|QXNzZXNzbWVudD)[A-Za-z0-9+/]+=*/g, (id) => placeholder('global id', id))
      .replace(/\bc[a-z0-9]{24}\b/g, (id) => placeholder('id', id))
      .replace(/\bcrmm_[A-Za-z0-9_-]{43}\b/g, (token) => placeholder('token', token))
      .replace(/\b\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?Z\b/g, '<date-time>');
  const walk = (node: unknown): unknown => {
    if (typeof node === 'string') return replace(node);
    if (Array.isArray(node)) return node.map(walk);
    if (node && typeof node === 'object') return Object.fromEntries(Object.entries(node).map(([k, v]) => [k, walk(v)]));
    return node;
  };
  return walk(value) as T;
}
