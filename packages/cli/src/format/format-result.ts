import { completeEnough, incompleteMessage, type AssessmentResult, type Progress, type Roadmap } from '@crm-maturity/core';
import { fixed, renderTable } from './table';

export function formatResult(result: AssessmentResult): string {
  const { organization: org, completion } = result;
  const profile = [org.industry, org.sizeBand, org.region].filter(Boolean).join(', ');
  const lines = [
    `${org.name}${profile ? ` (${profile})` : ''}`,
    `Questionnaire ${result.questionnaire.id} ${result.questionnaire.version}; ${result.respondents.length} respondent${result.respondents.length === 1 ? '' : 's'}; ${completion.answered + completion.notApplicable} of ${completion.total} questions answered`,
    '',
    renderTable(
      ['dimension', 'score', 'level', 'answered', 'n/a'],
      [
        ...result.dimensions.map((d) => [d.name, fixed(d.score), d.level.name, `${d.completion.answered}/${d.completion.total}`, d.completion.notApplicable]),
        ['Overall', fixed(result.overall.score), result.overall.level.name, `${completion.answered}/${completion.total}`, completion.notApplicable],
      ],
    ),
  ];
  const bounds = [...result.overall.levelBounds.map((b) => `Overall: ${b.explanation}`), ...result.dimensions.flatMap((d) => d.levelBounds.map((b) => `${d.name}: ${b.explanation}`))];
  if (bounds.length > 0) {
    lines.push('', `Level held below what the score alone reaches (${result.overall.scoreLevel.name} overall):`, ...bounds.map((b) => `  ${b}`));
  }
  if (result.overall.range.low !== result.overall.range.high) {
    const agreement = result.agreement.mean === null ? '' : `; agreement r_wg ${fixed(result.agreement.mean, 2)} over ${result.agreement.questions} questions`;
    lines.push('', `Overall ${fixed(result.overall.range.low)} to ${fixed(result.overall.range.high)} depending on whose answers are taken${agreement}.`);
  }
  for (const respondent of result.respondents) if (!respondent.counted) lines.push(`Not counted: respondent ${respondent.id} ${respondent.note ?? ''}`.trimEnd());
  if (!completeEnough(result)) {
    lines.push('', `Incomplete: ${incompleteMessage(result)}.`);
  } else if (completion.requiredUnanswered > 0) {
    lines.push('', `Partial: ${completion.requiredUnanswered} required questions are unanswered and earn 0 points until answered.`);
  }
  if (result.disagreements.length > 0) {
    lines.push('', 'Respondents disagree most on:');
    for (const d of result.disagreements.slice(0, 5)) {
      const views = d.respondents.map((r) => `${r.businessUnit} ${Math.round(r.fraction * 100)}%`).join(' vs ');
      lines.push(`  ${d.questionId} (${d.topic}): ${views}`);
    }
  }
  return lines.join('\n');
}

export function formatRoadmap(roadmap: Roadmap, scopeName: string): string {
  const from = `${scopeName}: ${fixed(roadmap.from.score)} (${roadmap.from.level.name})`;
  if (roadmap.withheld) return `${from}: no roadmap, ${roadmap.withheld}.`;
  if (!roadmap.target) return `${from}, already at the top level.`;
  const header = `${from} -> ${roadmap.target.level.name} needs ${fixed(roadmap.target.minScore, 0)}`;
  if (roadmap.steps.length === 0) return `${header}: not reachable with the remaining answers.`;
  const table = renderTable(
    ['#', 'question', 'gain', 'after', 'action'],
    roadmap.steps.map((step, i) => [i + 1, step.questionId, `+${fixed(step.gain)}`, `${fixed(step.scoreAfter)} ${step.levelAfter.name}`, step.action]),
  );
  const verdict = roadmap.reachable
    ? `${roadmap.steps.length} change${roadmap.steps.length === 1 ? ' reaches' : 's reach'} ${roadmap.target.level.name}.`
    : `Even all ${roadmap.steps.length} changes do not reach ${roadmap.target.level.name}.`;
  return `${header}\n${table}\n${verdict}`;
}

export function formatProgress(progress: Progress): string {
  const row = (name: string, c: Progress['overall']) => [
    name,
    fixed(c.from),
    fixed(c.to),
    `${c.delta >= 0 ? '+' : ''}${fixed(c.delta)}`,
    c.fromLevel.id === c.toLevel.id ? c.toLevel.name : `${c.fromLevel.name} -> ${c.toLevel.name}`,
    `${fixed(c.target.percentOfWay, 0)}%`,
  ];
  const target = progress.overall.target;
  const lines = [
    `Target: ${target.level.name} (${fixed(target.minScore, 0)})${target.reached ? ', reached' : `, ${fixed(target.remaining)} points to go`}`,
    renderTable(['dimension', 'before', 'after', 'change', 'level', 'of way'], [
      ...progress.dimensions.map((d) => row(d.name, d)),
      row('Overall', progress.overall),
    ]),
  ];
  if (progress.note) lines.unshift(`Note: ${progress.note}`);
  return lines.join('\n');
}
