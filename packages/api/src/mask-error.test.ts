import { CrmMaturityError } from '@crm-maturity/core';
import { GraphQLError, locatedError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { createMaskError } from './mask-error';

const maskError = createMaskError({ retryAfterSeconds: 7 });
const unexpected = 'Unexpected error.';
/** A resolver's error as graphql-js hands it over: wrapped, with the field's path. */
const thrownAt = (error: unknown) => locatedError(error, undefined, ['assessment', 'result']);

describe('maskError', () => {
  it.each([
    ['a bug in a resolver', thrownAt(new Error('secret: /srv/data/crm.db is corrupt'))],
    ['a broken precondition (RangeError) in a resolver', thrownAt(new RangeError('levelForScore requires at least one level, secret'))],
    ['a bug outside execution (the context factory)', new TypeError('secret is not a function')],
    ['an expected failure the table masks (a server file)', thrownAt(new CrmMaturityError('FILE_UNREADABLE', '/srv/secret/questionnaire.yaml: cannot be read'))],
  ])('keeps %s masked as "Unexpected error.", with nothing of its cause', (_what, error) => {
    const masked = maskError(error, unexpected) as GraphQLError;
    expect(masked.message).toBe(unexpected);
    expect(masked.extensions.code).toBe('INTERNAL_SERVER_ERROR');
    expect(JSON.stringify(masked)).not.toMatch(/secret/);
  });

  it('answers an expected failure with the code, the details and the place from the table, and no original error', () => {
    const error = new CrmMaturityError('INVALID_UTF8', 'input is not valid UTF-8: line 3 holds an invalid byte sequence at byte 41', [{ message: 'line 3 holds ...', line: 3, byte: 41 }]);
    const answer = maskError(thrownAt(error), unexpected) as GraphQLError;
    expect(answer.toJSON()).toEqual({
      message: error.message,
      path: ['assessment', 'result'],
      extensions: { code: 'INVALID_DATASET', details: [{ message: 'line 3 holds ...', line: 3, byte: 41 }] },
    });
    // yoga answers HTTP 500 for an error whose original is not a GraphQL error.
    expect(answer.originalError).toBeUndefined();
  });

  it('gives a refused token HTTP 401, and a database failure 503 with Retry-After', () => {
    const refused = maskError(new CrmMaturityError('TOKEN_REFUSED', 'the API token is not valid'), unexpected) as GraphQLError;
    expect(refused.extensions).toEqual({ code: 'UNAUTHENTICATED', http: { status: 401 } });
    const unreachable = maskError(thrownAt(Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' })), unexpected) as GraphQLError;
    expect(unreachable.message).toBe('the database cannot be reached; nothing was changed by this request, retry in 7 s');
    expect(unreachable.extensions).toMatchObject({ code: 'DATABASE_UNAVAILABLE', http: { status: 503, headers: { 'Retry-After': '7' } } });
  });

  it('answers a taken unique key (Prisma P2002) as CONFLICT, without HTTP status', () => {
    const answer = maskError(thrownAt(Object.assign(new Error('Unique constraint failed on the fields: (`email`)'), { code: 'P2002' })), unexpected) as GraphQLError;
    expect(answer.extensions).toEqual({ code: 'CONFLICT' });
  });

  it('passes a GraphQL error of its own through, whatever its message says (a user may type "Connection terminated")', () => {
    const scalar = new GraphQLError('not a date-time: Connection terminated', { extensions: { code: 'BAD_USER_INPUT' } });
    expect(maskError(scalar, unexpected)).toBe(scalar);
  });
});
