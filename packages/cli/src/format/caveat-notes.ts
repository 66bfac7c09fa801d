/**
 * Numbered notes for the caveats of published figures: a table cell gets a
 * marker such as " [1]" and the caveat itself is printed under the table,
 * so a figure is never shown without what qualifies it. A caveat shared by
 * several figures is printed once.
 */
export function caveatNotes(): { mark: (caveat: string | undefined) => string; lines: () => string[] } {
  const notes: string[] = [];
  return {
    mark(caveat) {
      if (!caveat) return '';
      if (!notes.includes(caveat)) notes.push(caveat);
      return ` [${notes.indexOf(caveat) + 1}]`;
    },
    lines: () => notes.map((note, i) => `[${i + 1}] ${note}`),
  };
}
