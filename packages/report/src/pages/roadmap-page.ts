import type { Roadmap } from '@crm-maturity/core';
import { formatGain, formatScore, plural } from '../format-numbers';
import type { ReportCanvas } from '../report-canvas';
import type { ReportInput } from '../report-input';
import { colors, contentWidth, fonts, levelColors, sizes } from '../theme';

/**
 * The fewest changes to the next level overall, in order of effect, each
 * with its gain, the score after it and the action; then each dimension's
 * own roadmap in one line.
 */
export function roadmapPage(canvas: ReportCanvas, input: ReportInput): void {
  const overall = input.roadmaps.find((r) => r.scope === 'overall')!;
  canvas.newPage();
  canvas.heading(overall.target ? `Roadmap to ${overall.target.level.name}` : 'Roadmap');
  canvas.paragraph(introduction(overall, 'the overall index'), { size: 10.5, lineGap: 2 });
  if (overall.steps.length > 0) {
    canvas.table(
      [
        { header: '#', width: 18, align: 'right' },
        { header: 'Question', width: 115 },
        { header: 'Gain', width: 38, align: 'right' },
        { header: 'After', width: 82 },
        { header: 'Action', width: contentWidth - 253 },
      ],
      overall.steps.map((step, i) => [
        String(i + 1),
        { text: step.topic, font: fonts.bold },
        { text: formatGain(step.gain), font: fonts.bold, color: colors.accent },
        { text: `${formatScore(step.scoreAfter)} ${step.levelAfter.name}`, color: levelColors[step.levelAfter.id] },
        step.action,
      ]),
      { size: sizes.small + 0.5 },
    );
    canvas.paragraph('Gain: points added to the overall index by moving the question to its best answer (with several respondents: all of them). Changes are listed by effect; the list is the smallest set that reaches the target.', {
      size: sizes.small,
      color: colors.muted,
    });
  }

  const dimensions = input.roadmaps.filter((r) => r.scope !== 'overall');
  if (dimensions.length === 0) return;
  canvas.subheading('Each dimension to its next level');
  canvas.table(
    [
      { header: 'Dimension', width: 80 },
      { header: 'Now', width: 80 },
      { header: 'Target', width: 80 },
      { header: 'Changes', width: 45, align: 'right' },
      { header: 'Gain', width: 40, align: 'right' },
      { header: 'First change', width: contentWidth - 325 },
    ],
    dimensions.map((r) => {
      const name = input.questionnaire.dimensions.find((d) => d.id === r.scope)?.name ?? r.scope;
      const gain = r.steps.reduce((s, step) => s + step.gain, 0);
      return [
        { text: name, font: fonts.bold },
        { text: `${formatScore(r.from.score)} ${r.from.level.name}`, color: levelColors[r.from.level.id] },
        r.target ? `${r.target.level.name} (${r.target.minScore})` : 'highest level',
        r.target ? String(r.steps.length) : '',
        r.steps.length > 0 ? formatGain(gain) : '',
        r.steps[0] ? `${r.steps[0].topic} (${formatGain(r.steps[0].gain)})${r.reachable ? '' : '; the target is out of reach with these questions'}` : r.target ? 'already there' : '',
      ];
    }),
  );
}

function introduction(roadmap: Roadmap, what: string): string {
  const from = `${formatScore(roadmap.from.score)} (${roadmap.from.level.name})`;
  if (!roadmap.target) return `At ${from}, ${what} is at the highest level of the model: there is no next level to plan for.`;
  const target = `${roadmap.target.level.name}, which starts at ${roadmap.target.minScore}`;
  if (roadmap.steps.length === 0 && roadmap.reachable) return `At ${from}, ${what} has already reached ${target}.`;
  if (!roadmap.reachable) {
    return `From ${from}, even the best answer to every remaining question would not reach ${target}; the ${plural(roadmap.steps.length, 'change')} below come closest, largest effect first.`;
  }
  return `From ${from}, ${what} reaches ${target}, with the ${plural(roadmap.steps.length, 'change')} below, largest effect first.`;
}
