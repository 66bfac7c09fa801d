import { CrmMaturityError, displayTextSchema } from '@crm-maturity/core';
import { builder } from '../builder';
import { importDataset } from '../services/benchmarks';

const DatasetFormatEnum = builder.enumType('DatasetFormat', { values: ['jsonl', 'csv'] as const });

builder.prismaObject('BenchmarkDataset', {
  description: 'An imported, anonymized response set: only its description, never its rows.',
  fields: (t) => ({
    id: t.exposeID('id'),
    name: t.exposeString('name'),
    description: t.exposeString('description', { nullable: true }),
    questionnaireVersion: t.exposeString('questionnaireVersion'),
    synthetic: t.exposeBoolean('synthetic'),
    // When and how much data arrived is what a differencing attack across releases needs: admins only.
    rowCount: t.int({ nullable: true, description: 'Admins only (null for others).', resolve: (d, _args, context) => (context.viewer?.role === 'ADMIN' ? d.rowCount : null) }),
    importedAt: t.field({ type: 'DateTime', nullable: true, description: 'Admins only (null for others).', resolve: (d, _args, context) => (context.viewer?.role === 'ADMIN' ? d.importedAt : null) }),
  }),
});

/** Uploads larger than this are refused before parsing. */
const maxUploadBytes = 200 * 1024 * 1024;

builder.queryFields((t) => ({
  benchmarkDatasets: t.prismaField({
    type: ['BenchmarkDataset'],
    authScopes: { role: ['ADMIN', 'RESEARCHER'] },
    // Ordered by name for non-admins, so the order does not tell the order of arrival either.
    resolve: (query, _root, _args, context) =>
      context.db.benchmarkDataset.findMany({ ...query, orderBy: context.viewer?.role === 'ADMIN' ? { importedAt: 'asc' } : [{ name: 'asc' }, { id: 'asc' }] }),
  }),
}));

builder.mutationFields((t) => ({
  importBenchmarkDataset: t.prismaField({
    type: 'BenchmarkDataset',
    description:
      'Imports a CSV or JSON Lines response set (multipart upload). Every row is checked; if any is invalid nothing is imported and the error lists each bad row with its line. Cohort figures change only when a release is published (publishBenchmarkRelease).',
    authScopes: { role: 'ADMIN' },
    args: {
      name: t.arg.string({ required: true, validate: displayTextSchema({ max: 200 }) }),
      description: t.arg.string({ required: false, validate: displayTextSchema({ max: 2000, min: 0, multiline: true }) }),
      format: t.arg({ type: DatasetFormatEnum, required: true }),
      file: t.arg({ type: 'File', required: true }),
      questionnaireVersion: t.arg.string({ required: false }),
    },
    resolve: async (query, _root, args, context) => {
      if (args.file.size > maxUploadBytes) {
        throw new CrmMaturityError('INVALID_DATASET', `the upload is ${args.file.size} bytes; the limit is ${maxUploadBytes}`, [{ field: 'file', value: args.file.size, message: 'too large' }]);
      }
      const stream = args.file.stream() as unknown as AsyncIterable<Uint8Array>;
      const dataset = await importDataset(
        context.db,
        context.viewer,
        { name: args.name, description: args.description ?? null, format: args.format, chunks: stream, questionnaireVersion: args.questionnaireVersion ?? null },
      );
      return context.db.benchmarkDataset.findUniqueOrThrow({ ...query, where: { id: dataset.id } });
    },
  }),
}));
