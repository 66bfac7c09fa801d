import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { scoreAnswers } from '@crm-maturity/core';
import { bundledExamplesDirectory, bundledQuestionnaire } from '@crm-maturity/questionnaires';
import { assembleReportInput, executiveNarrative, renderReport } from '@crm-maturity/report';
import { describe, expect, it } from 'vitest';
import { pdfPagesText } from '@crm-maturity/report/testing';

const v2 = bundledQuestionnaire('crm-maturity', '2');

/** The v2 insurer without a customer feedback programme in any unit: its index stays Advanced, its level cannot. */
function insurerWithoutFeedbackProgramme() {
  const file = JSON.parse(readFileSync(join(bundledExamplesDirectory('crm-maturity', 2), 'mid-size-insurer.json'), 'utf8'));
  for (const respondent of file.respondents) if (respondent.answers['process.voice-of-customer-programme']) respondent.answers['process.voice-of-customer-programme'] = { value: 'none' };
  const scored = scoreAnswers(v2, file);
  if (!scored.ok) throw new Error(scored.issues[0]!.message);
  return scored.result;
}

describe('the report of a result whose level is held below its index (v2)', () => {
  const result = insurerWithoutFeedbackProgramme();
  const input = assembleReportInput(v2, result, { generatedAt: new Date('2026-12-02T00:00:00Z') });

  it('is a case of the rule: the index reaches Advanced, the level is Tactical for a missing practice', () => {
    expect(result.overall.score).toBeGreaterThanOrEqual(40);
    expect(result.overall.scoreLevel.id).toBe('advanced');
    expect(result.overall.level.id).toBe('tactical');
    expect(result.overall.levelBounds.map((b) => b.rule)).toEqual(['missing_practice']);
  });

  it('says so in the executive summary, naming the practice, and gives the range across the business units', async () => {
    const narrative = executiveNarrative(input).join(' ');
    expect(narrative).toContain('is at the Tactical level overall');
    expect(narrative).toContain('The index alone would reach Advanced; the level is held at Tactical: Advanced requires customer feedback programme (process.voice-of-customer-programme)');
    expect(narrative).toMatch(/the index would range from \d+\.\d to \d+\.\d \(agreement r_wg 0\.\d\d\)/);
    const text = pdfPagesText(await renderReport(input)).join(' ').replace(/\s+/g, ' ');
    expect(text).toContain('the level is held at Tactical');
  });
});
