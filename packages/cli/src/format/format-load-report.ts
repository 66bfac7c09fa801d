import type { LoadedResponseSet } from '@crm-maturity/core';
import { count } from './counts';

/**
 * What loading a response file did, for stderr: the counts (left out with
 * `quiet` unless rows were rejected), then each reported problem with its
 * line, then how many more rejected rows there were.
 */
export function formatLoadReport(file: string, loaded: LoadedResponseSet, options: { quiet: boolean }): string[] {
  const { read, accepted, rejected } = loaded.summary;
  const lines: string[] = [];
  if (!options.quiet || loaded.errors.length > 0) {
    const synthetic = syntheticCount(loaded);
    const note = synthetic === 0 ? '' : synthetic === accepted ? ' (all synthetic)' : ` (${count(synthetic)} synthetic)`;
    lines.push(`${file}: read ${count(read)} row${read === 1 ? '' : 's'}: ${count(accepted)} accepted${note}, ${count(rejected)} rejected`);
  }
  for (const error of loaded.errors) lines.push(`  ${file}: ${error.message}`);
  // Header problems are not rows; only rejected rows can be left out of `errors`.
  const shownRows = loaded.errors.filter((error) => !error.issues.every((issue) => issue.path[0] === 'header')).length;
  if (rejected > shownRows) lines.push(`  ... and ${count(rejected - shownRows)} more rejected row${rejected - shownRows === 1 ? '' : 's'}`);
  return lines;
}

export function syntheticCount(loaded: LoadedResponseSet): number {
  let synthetic = 0;
  for (const flag of loaded.set.synthetic) synthetic += flag;
  return synthetic;
}
