import { readFileSync } from 'node:fs';
import { buildRoadmap, scoreAnswers } from '@crm-maturity/core';
import { bundledQuestionnaire } from '@crm-maturity/questionnaires';

const questionnaire = bundledQuestionnaire('crm-maturity', '1.0.0');
const input = JSON.parse(readFileSync('questionnaires/crm-maturity/v1/examples/small-retailer.json', 'utf8'));

const scored = scoreAnswers(questionnaire, input);
if (!scored.ok) throw new Error(scored.issues.map((issue) => issue.message).join('\n'));
const { result } = scored;

console.log(`${result.organization.name}: ${result.overall.score.toFixed(1)} (${result.overall.level.name})`);
for (const dimension of result.dimensions) {
  console.log(`  ${dimension.name}: ${dimension.score.toFixed(1)} (${dimension.level.name})`);
}
const roadmap = buildRoadmap(questionnaire, result);
console.log(`${roadmap.steps.length} changes reach ${roadmap.target?.level.name}; first: ${roadmap.steps[0]?.action}`);
