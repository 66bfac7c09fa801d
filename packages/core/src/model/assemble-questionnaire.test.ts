import { describe, expect, it } from 'vitest';
import { fixtureManifest, fixtureQuestionFiles } from '../testing/fixture-questionnaire';
import { assembleQuestionnaire } from './assemble-questionnaire';

function assembleWith(editManifest: (m: any) => void, editFiles: (files: any[]) => void = () => {}) {
  const manifest = structuredClone(fixtureManifest) as any;
  const files = structuredClone(fixtureQuestionFiles) as any[];
  editManifest(manifest);
  editFiles(files);
  return assembleQuestionnaire({ manifest: { file: 'questionnaire.yaml', data: manifest }, questionFiles: files });
}

const messages = (result: ReturnType<typeof assembleWith>) => (result.ok ? [] : result.issues.map((i) => i.message));

describe('assembleQuestionnaire', () => {
  it('assembles the fixture, resolving shared scales and ordering questions by dimension', () => {
    const result = assembleWith(() => {});
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const frontLine = result.questionnaire.questions.find((q) => q.id === 'people.front-line');
    expect(frontLine).toMatchObject({ type: 'single_choice', options: [{ id: 'none' }, { id: 'some' }, { id: 'all' }], dimension: 'people' });
    expect(result.questionnaire.questions.map((q) => q.dimension)[0]).toBe('people');
  });

  it('names the file, the path and the value of a schema error', () => {
    const result = assembleWith(() => {}, (files) => {
      files[1].data.questions[1].bands[1].points = -1;
      files[3].data.questions[0].type = 'matrix';
    });
    expect(messages(result)).toEqual([
      'process.yaml: questions[1].bands[1].points: Too small: expected number to be >=0 (got -1)',
      "technology.yaml: questions[0].type: Invalid discriminator value. Expected 'yes_no' | 'single_choice' | 'multiple_choice' | 'count' | 'percentage' | 'grid' (got \"matrix\")",
    ]);
  });

  it('finds the cross-file problems a schema alone cannot', () => {
    const result = assembleWith(
      (m) => {
        m.levels[2].minScore = 30;
      },
      (files) => {
        files[0].data.questions[1].scale = 'agreement';
        files[1].data.questions[1].bands[0].min = 5;
        files[2].data.questions[0].references[0].match = { anyOf: ['one'] };
        files[3].data.questions[1].id = 'people.exec';
      },
    );
    expect(messages(result)).toEqual([
      "questionnaire.yaml: levels[2].minScore: must be above the previous level's 40",
      'people.yaml: questions[1].scale: no scale "agreement" in questionnaire.yaml',
      'process.yaml: questions[1].bands[0].min: the first band starts at 0',
      'information.yaml: questions[0].references[0].match: a count question can be matched with equals or atLeast or atLeast+atMost or atMost, not anyOf',
      'technology.yaml: questions[1].id: question id "people.exec" is already used in people.yaml',
      'technology.yaml: questions[1].id: question ids in this file start with "technology."',
    ]);
  });

  it('rejects a dimension whose every question allows "not applicable"', () => {
    const result = assembleWith(() => {}, (files) => {
      for (const q of files[3].data.questions) q.allowNotApplicable = true;
    });
    expect(messages(result)).toEqual(['questionnaire.yaml: dimensions: dimension "technology" needs at least one question that does not allow "not applicable"']);
  });

  it('accepts a question of weight 0 whose answers all earn the same points, and scores without it', () => {
    const result = assembleWith(() => {}, (files) => {
      const units = { ...files[0].data.questions[0], id: 'people.units', order: 3, weight: 0, type: 'count', unit: 'units', min: 0 };
      delete units.points;
      units.bands = [{ min: 0, points: 1, label: 'none' }, { min: 4, points: 1, label: 'four or more' }];
      files[0].data.questions.push(units);
    });
    expect(messages(result)).toEqual([]);
  });

  it('rejects a question of weight 0 that still ranks its answers', () => {
    const result = assembleWith(() => {}, (files) => {
      files[1].data.questions[1].weight = 0;
    });
    expect(messages(result)).toEqual([
      'process.yaml: questions[1].weight: a question of weight 0 is not scored, so every answer earns the same points (got 0, 1, 2)',
    ]);
  });

  it('rejects a dimension without a scored question that cannot be marked "not applicable"', () => {
    const result = assembleWith(() => {}, (files) => {
      // information.sources is the one scored question of the dimension that does not allow "not applicable".
      const sources = files[2].data.questions[0];
      sources.weight = 0;
      for (const band of sources.bands) band.points = 1;
      delete sources.references;
    });
    expect(messages(result)).toEqual([
      'questionnaire.yaml: dimensions: dimension "information" needs at least one scored question (weight above 0) that does not allow "not applicable"',
    ]);
  });
});
