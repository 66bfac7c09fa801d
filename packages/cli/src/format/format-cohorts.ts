import { industries, regions, sizeBands, type CohortCellRelease, type CohortRelease, type CohortSummary, type ProfileField, type Questionnaire } from '@crm-maturity/core';
import { fixed } from './table';
import { count, percent } from './counts';
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
 * quartiles of the overall index, and the share at each level); withheld
 * cohorts say why and show no number at all.
 */
export function formatCohorts(release: CohortRelease, view: CohortsView): string {
  const sections = release.groupings.map((grouping) => {
    const fields = view.fields.filter((f) => grouping.fields.includes(f));
    const cells = sortCells(grouping.cells, fields);
    const withheld = cells.filter((c) => c.status === 'withheld').length;
    const title = fields.length === 0 ? 'All organizations' : `By ${fields.join(' and ')} (${cells.length} cohorts${withheld ? `, ${withheld} withheld` : ''})`;
    return `${title}\n${cohortTable(cells, fields, view.questionnaire, release.minSize)}`;
  });
  const lines = [
    `${count(view.organizations)} organizations, ${view.questionnaire.id} ${view.questionnaire.version}; overall index 0-100, quartiles R type 7, levels as shares of each cohort.`,
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
  const notes: string[] = [];
  if (release.withheld.belowMinimum > 0) notes.push(`withheld (fewer than ${release.minSize}): too few organizations to show without identifying them.`);
  if (release.withheld.complementary > 0) notes.push('withheld (complementary): released, it would let a withheld cohort be worked out by subtraction.');
  if (view.synthetic > 0) {
    const who = view.synthetic === view.organizations ? `All ${count(view.organizations)} organizations are` : `${count(view.synthetic)} of ${count(view.organizations)} organizations are`;
    notes.push(`Synthetic data: ${who} synthetic (generated, not surveyed); the figures describe the generator, not the market.`);
  }
  if (notes.length) lines.push('', ...notes);
  return lines.join('\n');
}

function cohortTable(cells: CohortCellRelease[], fields: ProfileField[], questionnaire: Questionnaire, minSize: number): string {
  const labelHeaders = fields.length ? [...fields] : ['cohort'];
  const levels = questionnaire.levels.map((l) => l.name);
  const headers = [...labelHeaders, 'n', 'mean', 'sd', 'q1', 'median', 'q3', ...levels];
  const align = headers.map((_, c) => (c < labelHeaders.length ? 'left' : 'right') as 'left' | 'right');
  const rows = cells.map((cell): NoteTableRow => {
    const lead = fields.length ? fields.map((f) => cell.values[f] ?? '') : [cell.label];
    if (cell.status === 'withheld') return { lead, note: `withheld (${cell.reason === 'below_minimum' ? `fewer than ${minSize}` : 'complementary'})` };
    if (cell.status === 'released_private') return { lead, note: 'released with noise only (see --json)' };
    const { n, overall, levels: shares } = cell.summary;
    return {
      cells: [
        ...lead,
        count(n),
        fixed(overall.mean),
        fixed(overall.sd),
        ...overall.quartiles.map((q) => fixed(q)),
        ...shares.overall.map((s) => percent(s.share)),
      ],
    };
  });
  return renderNoteTable(headers, align, rows);
}

function questionTable(summary: CohortSummary, questionnaire: Questionnaire): string {
  const headers = ['question', 'answered', 'n/a', 'mean', 'median', 'published figure', 'this cohort'];
  const align: ('left' | 'right')[] = ['left', 'right', 'right', 'right', 'right', 'right', 'right'];
  const rows = (summary.questions ?? []).map((q, i): NoteTableRow => {
    const reference = q.references.find((r) => r.published !== null);
    const unit = reference?.statistic === 'share' ? '%' : '';
    return {
      cells: [
        questionnaire.questions[i]!.id,
        count(q.answered),
        count(q.notApplicable),
        percent(q.meanFraction),
        percent(q.medianFraction),
        reference ? `${fixed(reference.published!, reference.statistic === 'share' ? 0 : 1)}${unit}` : '',
        reference && reference.cohort !== null ? `${fixed(reference.cohort, reference.statistic === 'share' ? 0 : 1)}${unit}` : '',
      ],
    };
  });
  return renderNoteTable(headers, align, rows);
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
