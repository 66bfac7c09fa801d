import { describe, expect, it } from 'vitest';
import { runtimeConfig } from './runtime-config';

describe('runtimeConfig', () => {
  it('has defaults for every variable, sized for 128 concurrent clients', () => {
    expect(runtimeConfig({})).toEqual({
      CRM_MATURITY_DB_POOL_SIZE: 24,
      CRM_MATURITY_DB_CONNECT_TIMEOUT_MS: 5000,
      CRM_MATURITY_TX_MAX_WAIT_MS: 20000,
      CRM_MATURITY_TX_TIMEOUT_MS: 30000,
      CRM_MATURITY_SQLITE_BUSY_TIMEOUT_MS: 10000,
      CRM_MATURITY_SQLITE_SYNCHRONOUS: 'FULL',
      CRM_MATURITY_READY_TIMEOUT_MS: 2000,
      CRM_MATURITY_SHUTDOWN_TIMEOUT_MS: 10000,
      CRM_MATURITY_RETRY_AFTER_S: 1,
      CRM_MATURITY_DEMO_BENCHMARK_SIZE: 3000,
      CRM_MATURITY_LOG_LEVEL: 'info',
    });
  });

  it('reads numbers and choices from strings, and treats an empty value as unset', () => {
    const config = runtimeConfig({ CRM_MATURITY_DB_POOL_SIZE: '64', CRM_MATURITY_SQLITE_SYNCHRONOUS: 'normal', CRM_MATURITY_LOG_FORMAT: 'pretty', CRM_MATURITY_TX_TIMEOUT_MS: '' });
    expect(config).toMatchObject({ CRM_MATURITY_DB_POOL_SIZE: 64, CRM_MATURITY_SQLITE_SYNCHRONOUS: 'NORMAL', CRM_MATURITY_LOG_FORMAT: 'pretty', CRM_MATURITY_TX_TIMEOUT_MS: 30000 });
  });

  it('names every invalid variable and its value', () => {
    expect(() => runtimeConfig({ CRM_MATURITY_DB_POOL_SIZE: 'many', CRM_MATURITY_SQLITE_SYNCHRONOUS: 'OFF' })).toThrow(
      /^invalid environment: CRM_MATURITY_DB_POOL_SIZE="many": .+; CRM_MATURITY_SQLITE_SYNCHRONOUS="OFF": .+$/,
    );
  });
});
