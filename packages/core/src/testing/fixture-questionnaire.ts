import { assembleQuestionnaire } from '../model/assemble-questionnaire';
import type { Questionnaire } from '../model/questionnaire-schema';

/**
 * A small questionnaire for unit tests, independent of the bundled data so
 * that hand-computed expectations stay valid when the real one changes.
 * Per dimension weights: people 1+3, process 1+1, information 2+1+1, technology 1+1.
 */
export const fixtureManifest = {
  id: 'fixture',
  version: '1.0.0',
  title: 'Fixture',
  description: 'A questionnaire for unit tests only.',
  published: '2026-01-01',
  levels: [
    { id: 'tactical', name: 'Tactical', minScore: 0, description: 'lowest level here' },
    { id: 'advanced', name: 'Advanced', minScore: 40, description: 'second level here' },
    { id: 'strategic', name: 'Strategic', minScore: 60, description: 'third level here' },
    { id: 'innovative', name: 'Innovative', minScore: 80, description: 'highest level here' },
  ],
  dimensions: [
    { id: 'people', name: 'People', order: 1, weight: 1, description: 'people dimension' },
    { id: 'process', name: 'Process', order: 2, weight: 1, description: 'process dimension' },
    { id: 'information', name: 'Information', order: 3, weight: 2, description: 'information dimension' },
    { id: 'technology', name: 'Technology', order: 4, weight: 1, description: 'technology dimension' },
  ],
  overall: { rule: 'weighted_mean' },
  respondents: { combine: 'mean_fraction', disagreementThreshold: 0.5 },
  scales: [
    {
      id: 'adoption',
      description: 'adoption',
      options: [
        { id: 'none', label: 'None', points: 0 },
        { id: 'some', label: 'Some', points: 1 },
        { id: 'all', label: 'All', points: 3 },
      ],
    },
  ],
};

const common = (id: string, order: number, extra: Record<string, unknown> = {}) => ({
  id,
  order,
  topic: id,
  text: `Question text for ${id}`,
  help: `Help text for ${id}`,
  action: `Improve ${id} across the organization`,
  ...extra,
});

export const fixtureQuestionFiles = [
  {
    file: 'people.yaml',
    data: {
      questionnaire: 'fixture',
      version: '1.0.0',
      dimension: 'people',
      questions: [
        { ...common('people.exec', 1), type: 'yes_no' },
        { ...common('people.front-line', 2, { weight: 3 }), type: 'single_choice', scale: 'adoption' },
      ],
    },
  },
  {
    file: 'process.yaml',
    data: {
      questionnaire: 'fixture',
      version: '1.0.0',
      dimension: 'process',
      questions: [
        {
          ...common('process.techniques', 1),
          type: 'multiple_choice',
          maxPoints: 2,
          options: [
            { id: 'personas', label: 'Personas', points: 1 },
            { id: 'journeys', label: 'Journey maps', points: 1 },
            { id: 'feedback', label: 'Feedback', points: 1 },
            { id: 'none', label: 'None', points: 0, exclusive: true },
          ],
        },
        {
          ...common('process.response-rate', 2),
          type: 'percentage',
          bands: [
            { min: 0, points: 0, label: 'under 25%' },
            { min: 25, points: 1, label: '25% to 75%' },
            { min: 75, points: 2, label: '75% or more' },
          ],
        },
      ],
    },
  },
  {
    file: 'information.yaml',
    data: {
      questionnaire: 'fixture',
      version: '1.0.0',
      dimension: 'information',
      questions: [
        {
          ...common('information.sources', 1, { weight: 2 }),
          type: 'count',
          unit: 'sources',
          min: 1,
          bands: [
            { min: 1, points: 4, label: 'one' },
            { min: 2, points: 3, label: 'two' },
            { min: 3, points: 2, label: '3 to 4' },
            { min: 5, points: 1, label: '5 to 9' },
            { min: 10, points: 0, label: '10 or more' },
          ],
          references: [
            {
              statistic: 'share',
              value: 45,
              finding: 'of organizations have a single source',
              match: { equals: 1 },
              source: { publisher: 'Ventana Research', title: 'benchmark', year: 2012, seed: '000' },
            },
          ],
        },
        { ...common('information.stale', 2, { allowNotApplicable: true }), type: 'yes_no', points: { yes: 0, no: 1 } },
        { ...common('information.third-party', 3, { allowNotApplicable: true, required: false }), type: 'yes_no' },
      ],
    },
  },
  {
    file: 'technology.yaml',
    data: {
      questionnaire: 'fixture',
      version: '1.0.0',
      dimension: 'technology',
      questions: [
        {
          ...common('technology.personalization', 1),
          type: 'grid',
          rows: [
            { id: 'email', label: 'Email' },
            { id: 'social', label: 'Social media' },
          ],
          columns: [
            { id: 'not-offered', label: 'not offered', points: 0 },
            { id: 'generic', label: 'generic', points: 1 },
            { id: 'personal', label: 'personalized', points: 2 },
          ],
        },
        { ...common('technology.chat', 2), type: 'yes_no' },
      ],
    },
  },
];

export function fixtureQuestionnaire(overrides: Record<string, unknown> = {}): Questionnaire {
  const result = assembleQuestionnaire({
    manifest: { file: 'questionnaire.yaml', data: { ...fixtureManifest, ...overrides } },
    questionFiles: fixtureQuestionFiles,
  });
  if (!result.ok) throw new Error(result.issues.map((i) => i.message).join('\n'));
  return result.questionnaire;
}

export function answerFile(answers: Record<string, unknown>[], businessUnits?: string[]) {
  return {
    questionnaire: { id: 'fixture', version: '1.0.0' },
    organization: { name: 'Test Org', industry: 'retail', sizeBand: 'small', region: 'europe' },
    respondents: answers.map((a, i) => ({ id: `r${i + 1}`, businessUnit: businessUnits?.[i] ?? `unit-${i + 1}`, answers: a })),
  };
}
