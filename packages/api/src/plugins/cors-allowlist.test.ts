import { describe, expect, it } from 'vitest';
import { corsOriginsFromEnv } from './cors-allowlist';

describe('corsOriginsFromEnv', () => {
  it('is empty without the variable: no CORS at all', () => {
    expect(corsOriginsFromEnv({})).toEqual([]);
    expect(corsOriginsFromEnv({ CRM_MATURITY_CORS_ORIGINS: ' ' })).toEqual([]);
  });

  it('reads a comma-separated list of origins', () => {
    expect(corsOriginsFromEnv({ CRM_MATURITY_CORS_ORIGINS: 'https://app.example.org, http://localhost:5173' })).toEqual(['https://app.example.org', 'http://localhost:5173']);
  });

  it.each(['*', 'https://app.example.org/', 'https://app.example.org/path', 'app.example.org', 'ftp://files.example.org', 'null'])('refuses %j, naming it', (entry) => {
    expect(() => corsOriginsFromEnv({ CRM_MATURITY_CORS_ORIGINS: `https://ok.example.org,${entry}` })).toThrow(`CRM_MATURITY_CORS_ORIGINS: "${entry}" is not an origin`);
  });
});
