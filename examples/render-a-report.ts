// examples/render-a-report.ts (run: pnpm exec tsx examples/render-a-report.ts)
import { readFileSync, writeFileSync } from 'node:fs';
import { scoreAnswers } from '@crm-maturity/core';
import { bundledQuestionnaire } from '@crm-maturity/questionnaires';
import { assembleReportInput, renderReport } from '@crm-maturity/report';

const questionnaire = bundledQuestionnaire('crm-maturity', '1.0.0');
const answers = JSON.parse(readFileSync('questionnaires/crm-maturity/v1/examples/small-retailer.json', 'utf8'));
const scored = scoreAnswers(questionnaire, answers);
if (!scored.ok) throw new Error(scored.issues.map((issue) => issue.message).join('\n'));

// Roadmaps, published figures (and progress, with `previous`) come from core; a fixed date fixes every byte.
const input = assembleReportInput(questionnaire, scored.result, { generatedAt: new Date('2026-11-23T00:00:00Z') });
const pdf = await renderReport(input);
writeFileSync('/tmp/small-retailer-report.pdf', pdf);
console.log(`wrote /tmp/small-retailer-report.pdf for ${input.organizationName}`);
