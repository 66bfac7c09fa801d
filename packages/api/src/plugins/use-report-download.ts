import { cohortFilterSchema, CrmMaturityError, levelIdSchema, parseCalendarDate, type CohortFilter } from '@crm-maturity/core';
import { assembleReportInput, renderReport } from '@crm-maturity/report';
import type { Plugin } from 'graphql-yoga';
import { resolveViewer } from '../auth/resolve-viewer';
import type { Db } from '../db';
import { apiErrorOf } from '../errors';
import { expectedErrorOf } from '../expected-error';
import type { Logger } from '../logger';
import { visibleAssessment } from '../services/access';
import { cohortComparisonOf, resultOf } from '../services/assessment-results';
import type { ReleaseStore } from '../services/releases';
import { questionnaireVersion } from '../services/questionnaires';

const route = /^\/reports\/([A-Za-z0-9_-]{1,64})\.pdf$/;

/**
 * GET /reports/<assessmentId>.pdf: the PDF report of an assessment, under
 * the same authorization as the assessment itself (bearer token; another
 * tenant's id is 404 like a missing one). Query parameters: `industry`,
 * `sizeBand`, `region`, `period` choose the cohort (a cell of the release
 * plan; none = all organizations; `cohort=none` for no comparison),
 * `target` a level for the roadmap, `date` (YYYY-MM-DD) the report date.
 */
export function useReportDownload(options: { db: Db; releases: ReleaseStore; logger?: Logger; retryAfterSeconds?: number }): Plugin {
  return {
    async onRequest({ request, url, endResponse }) {
      const match = route.exec(url.pathname);
      if (!match) return;
      if (request.method !== 'GET') {
        // HTTP's own answer to a method the route does not serve, not a failure of the request's content.
        endResponse(problem(405, 'BAD_USER_INPUT', 'use GET'));
        return;
      }
      try {
        const viewer = await resolveViewer(options.db, request.headers.get('authorization'));
        if (!viewer) throw new CrmMaturityError('UNAUTHENTICATED', 'sign in with a bearer API token (Authorization: Bearer <token>)');
        if (viewer.role === 'RESEARCHER') throw new CrmMaturityError('FORBIDDEN', 'a researcher sees aggregates only');
        const assessment = await visibleAssessment(options.db, viewer, match[1]!);
        const context = { db: options.db, releases: options.releases };
        const questionnaire = questionnaireVersion(assessment.questionnaireId, assessment.questionnaireVersion);
        const result = await resultOf(context, assessment);
        const params = url.searchParams;
        const comparison = params.get('cohort') === 'none' ? undefined : await cohortComparisonOf(context, assessment, parseFilter(params), result);
        const previous = assessment.previousId ? await options.db.assessment.findUnique({ where: { id: assessment.previousId } }) : null;
        const target = params.get('target');
        const parsedTarget = target ? levelIdSchema.safeParse(target) : undefined;
        if (parsedTarget && !parsedTarget.success) throw new CrmMaturityError('BAD_USER_INPUT', `target: "${target}" is not a level; levels are ${levelIdSchema.options.join(', ')}`);
        const generatedAt = reportDate(params.get('date'));
        const input = assembleReportInput(questionnaire, result, {
          generatedAt,
          comparison,
          previous: previous ? await resultOf(context, previous) : undefined,
          targetLevel: parsedTarget?.success ? parsedTarget.data : undefined,
          author: `crm-maturity for ${viewer.name}`,
        });
        const pdf = await renderReport(input);
        endResponse(
          new Response(new Uint8Array(pdf), {
            status: 200,
            headers: {
              'content-type': 'application/pdf',
              'content-disposition': `attachment; filename="crm-maturity-${assessment.id}.pdf"`,
              'cache-control': 'private, no-store',
            },
          }),
        );
      } catch (error) {
        const retryAfterSeconds = options.retryAfterSeconds ?? 1;
        const expected = expectedErrorOf(error, { retryAfterSeconds });
        const answer = expected ? apiErrorOf[expected.code] : 'masked';
        if (expected && answer !== 'masked') {
          const response = problem(answer.status, answer.code, expected.message);
          if (answer.graphql === 'retry') response.headers.set('retry-after', String(retryAfterSeconds));
          endResponse(response);
          return;
        }
        options.logger?.error({ err: error }, 'report download failed');
        endResponse(problem(500, 'INTERNAL', 'Unexpected error.'));
      }
    },
  };
}

/** `date=YYYY-MM-DD` through core's one date parser (as the CLI's `report --date`); without it, today (UTC). */
function reportDate(date: string | null): Date {
  if (date === null) return new Date(new Date().toISOString().slice(0, 10));
  const parsed = parseCalendarDate(date);
  if (!parsed.ok) throw new CrmMaturityError('BAD_USER_INPUT', `date: ${parsed.message}`, [{ field: 'date', value: date, message: parsed.message }]);
  return parsed.date;
}

function parseFilter(params: URLSearchParams): CohortFilter {
  const raw: Record<string, string[]> = {};
  for (const field of ['industry', 'sizeBand', 'region', 'period'] as const) {
    const value = params.get(field);
    if (value) raw[field] = [value];
  }
  const parsed = cohortFilterSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new CrmMaturityError('BAD_USER_INPUT', `${issue.path[0] as string}: ${issue.message}`);
  }
  return parsed.data;
}

function problem(status: number, code: string, message: string): Response {
  return new Response(JSON.stringify({ errors: [{ message, extensions: { code } }] }), { status, headers: { 'content-type': 'application/json' } });
}
