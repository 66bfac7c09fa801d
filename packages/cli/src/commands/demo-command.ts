import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { buildRoadmap, scoreAssessment } from '@crm-maturity/core';
import { bundledExamplesDirectory } from '@crm-maturity/questionnaires';
import { formatResult, formatRoadmap } from '../format/format-result';
import { loadAnswerFile } from '../read-answer-file';
import type { CommandOutput } from './answer-commands';

/** The main job until the API exists: score every bundled example and show its next steps. */
export function demoCommand(): CommandOutput {
  const directory = bundledExamplesDirectory();
  const files = readdirSync(directory).filter((name) => name.endsWith('.json')).sort();
  const sections = files.map((name) => {
    const { questionnaire, answers } = loadAnswerFile(join(directory, name), { mode: { completeness: 'complete' } });
    const result = scoreAssessment(questionnaire, answers);
    const roadmap = buildRoadmap(questionnaire, result);
    return [`== ${name}`, formatResult(result), '', formatRoadmap({ ...roadmap, steps: roadmap.steps.slice(0, 5) }, 'Overall')].join('\n');
  });
  return { text: sections.join('\n\n'), exitCode: 0 };
}
