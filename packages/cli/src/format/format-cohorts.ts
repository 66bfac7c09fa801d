import { industries, regions, sizeBands, type CohortCellRelease, type CohortRelease, type ProfileField, type Questionnaire, type ReleasedSummary } from '@crm-maturity/core';
import { fixed } from './table';
import { count, percent } from './counts';
import { caveatNotes } from './caveat-notes';
import { renderNoteTable, type NoteTableRow } from './note-table';

export type CohortsView = {
  questionnaire: Questionnaire;
  /** The --by fields in the order given: columns and sort order follow it. */
  fields: ProfileField[];
  organizations: number;
  synthetic: number;
  questions: boolean;
};

/**
 * A cohort release as text: one table per grouping level (n, mean, sd and
 * quartiles of the overall index, and the share at each level). Withheld
 * cohorts are not listed at all, as in the API: a cohort the release does
 * not show looks the same as one that does not exist.
 */
export function formatCohorts(release: CohortRelease, view: CohortsView): string {
  const sections = release.groupings.map((grouping) => {
    const fields = view.fields.filter((f) => grouping.fields.includes(f));
    const cells = sortCells(grouping.cells, fields).filter((c) => c.status !== 'withheld');
    const title = fields.length === 0 ? 'All organizations' : `By ${fields.join(' and ')} (${cells.length} cohorts shown)`;
    return `${title}\n${cells.length ? cohortTable(cells, fields, view.questionnaire) : 'no cohort can be shown'}`;
  });
  const lines = [
    `${count(view.organizations)} organizations, ${view.questionnaire.id} ${view.questionnaire.version}; overall index 0-100, quartiles read from bands of at least ${release.minSize} organizations, levels as shares of each cohort.`,
    '',
    sections.join('\n\n'),
  ];
  if (view.questions) {
    for (const grouping of release.groupings) {
      for (const cell of sortCells(grouping.cells, view.fields.filter((f) => grouping.fields.includes(f)))) {
        if (cell.status === 'released' && cell.summary.questions) lines.push('', `Questions: ${cell.label} (n ${count(cell.summary.n)})`, questionTable(cell.summary, view.questionnaire));
      }
    }
  }
  const notes: string[] = [
    `Cohorts with fewer than ${release.minSize} organizations, and those that would let one be worked out by subtraction, are not shown; quartiles need at least ${4 * release.minSize} organizations.`,
  ];
  if (view.synthetic > 0) {
    const who = view.synthetic === view.organizations ? `All ${count(view.organizations)} organizations are` : `${count(view.synthetic)} of ${count(view.organizations)} organizations are`;
    notes.push(`Synthetic data: ${who} synthetic (generated, not surveyed); the figures describe the generator, not the market.`);
  }
  if (notes.length) lines.push('', ...notes);
  return lines.join('\n');
}

function cohortTable(cells: CohortCellRelease[], fields: ProfileField[], questionnaire: Questionnaire): string {
  const labelHeaders = fields.length ? [...fields] : ['cohort'];
  const levels = questionnaire.levels.map((l) => l.name);
  const headers = [...labelHeaders, 'n', 'mean', 'sd', 'q1', 'median', 'q3', ...levels];
  const align = headers.map((_, c) => (c < labelHeaders.length ? 'left' : 'right') as 'left' | 'right');
  const rows = cells.map((cell): NoteTableRow => {
    const lead = fields.length ? fields.map((f) => cell.values[f] ?? '') : [cell.label];
    if (cell.status !== 'released') return { lead, note: 'released with noise only (see --json)' };
    const { n, overall, levels: shares } = cell.summary;
    return {
      cells: [
        ...lead,
        count(n),
        fixed(overall.mean),
        fixed(overall.sd),
        ...(overall.quartiles ?? [null, null, null]).map((q) => (q === null ? '' : fixed(q))),
        ...shares.overall.map((s) => percent(s.share)),
      ],
    };
  });
  return renderNoteTable(headers, align, rows);
}

function questionTable(summary: ReleasedSummary, questionnaire: Questionnaire): string {
  const headers = ['question', 'answered', 'n/a', 'mean', 'median', 'published figure', 'this cohort'];
  const align: ('left' | 'right')[] = ['left', 'right', 'right', 'right', 'right', 'right', 'right'];
  const caveats = caveatNotes();
  const rows = (summary.questions ?? []).map((q, i): NoteTableRow => {
    const index = q.references.findIndex((r) => r.published !== null);
    const reference = q.references[index];
    const unit = reference?.statistic === 'share' ? '%' : '';
    return {
      cells: [
        questionnaire.questions[i]!.id,
        count(q.answered),
        count(q.notApplicable),
        percent(q.meanFraction),
        percent(q.medianFraction),
        reference ? `${fixed(reference.published!, reference.statistic === 'share' ? 0 : 1)}${unit}${caveats.mark(questionnaire.questions[i]!.references[index]?.caveat)}` : '',
        reference && reference.cohort !== null ? `${fixed(reference.cohort, reference.statistic === 'share' ? 0 : 1)}${unit}` : '',
      ],
    };
  });
  return [renderNoteTable(headers, align, rows), ...caveats.lines()].join('\n');
}

/** Cells in the order of the --by fields and, within a field, its list of values (periods in time order). */
function sortCells(cells: CohortCellRelease[], fields: ProfileField[]): CohortCellRelease[] {
  const rank = (field: ProfileField, value: string | undefined): number | string => {
    const universe: readonly string[] | undefined = field === 'industry' ? industries : field === 'sizeBand' ? sizeBands : field === 'region' ? regions : undefined;
    return universe ? universe.indexOf(value ?? '') : (value ?? '');
  };
  const compare = (a: CohortCellRelease, b: CohortCellRelease): number => {
    for (const field of fields) {
      const x = rank(field, a.values[field]);
      const y = rank(field, b.values[field]);
      if (x !== y) return x < y ? -1 : 1;
    }
    return 0;
  };
  return [...cells].sort(compare);
}
