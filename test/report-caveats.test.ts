/**
 * The report of a version 2 assessment prints each published figure's
 * caveat under the figure's table, names the article without a year where
 * the article gives none, and prints "not scored" for questions of weight 0.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { scoreAnswers } from '@crm-maturity/core';
import { bundledExamplesDirectory, bundledQuestionnaire } from '@crm-maturity/questionnaires';
import { assembleReportInput, renderReport } from '@crm-maturity/report';
import { pdfPagesText, squash } from '@crm-maturity/report/testing';

const questionnaire = bundledQuestionnaire('crm-maturity', '2');

describe('the report of the version 2 insurer, without a cohort', () => {
  let pages: string[];
  beforeAll(async () => {
    const answers = JSON.parse(readFileSync(join(bundledExamplesDirectory('crm-maturity', 2), 'mid-size-insurer.json'), 'utf8'));
    const scored = scoreAnswers(questionnaire, answers);
    if (!scored.ok) throw new Error('the example is valid');
    const input = assembleReportInput(questionnaire, scored.result, { generatedAt: new Date('2026-12-02T00:00:00Z'), author: 'Test Consulting' });
    pages = pdfPagesText(await renderReport(input)).map(squash);
  }, 60_000);

  const page = (title: string) => pages.find((text) => new RegExp(`\\d{4} ${title} `).test(text)) ?? '';
  /** A dimension's page and the page its tables run on to. */
  const section = (title: string) => {
    const at = pages.findIndex((text) => new RegExp(`\\d{4} ${title} `).test(text));
    return `${pages[at]} ${pages[at + 1]}`;
  };

  it('marks the data-source figures and prints their caveat under the table, once', () => {
    const information = section('Information');
    const mark = /one single source \[(\d+)\]/.exec(information)?.[1];
    expect(mark, information).toBeDefined();
    expect(information).toContain(`[${mark}] As the article words them, the 45% with a single source`);
    expect(information.split('add up to 119%').length - 1).toBe(1);
    expect(information).toMatch(/\[\d+\] From another article, which counts sources of customer-related data/);
  });

  it('names an undated article by its publisher alone, and a dated one with its year', () => {
    const information = section('Information');
    // Table cells wrap, so the source is read next to the organization's column.
    expect(information).toContain('Ventana Research not among them');
    expect(information).toContain('Ventana Research 2012 not among them');
  });

  it('prints "not scored" for the business-unit counts (weight 0)', () => {
    expect(page('People')).toMatch(/Business units handling inbound interactions not scored/);
  });

  it('lists the sources in the methodology with a year only where the article states one, and says how caveats are shown', () => {
    const methodology = section('Methodology');
    expect(methodology).toContain('Richard Snow, Ventana Research, The Collaborative Enterprise to Support Customer Interactions (no date given)');
    expect(methodology).toContain('Research Reveals Challenge of Building Customer Relationships (2012)');
    expect(methodology).toContain('its caveat is printed under it');
  });
});
