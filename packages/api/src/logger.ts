import pino from 'pino';
import pretty from 'pino-pretty';
import type { RuntimeConfig } from './runtime-config';

export type Logger = pino.Logger;

/**
 * The server's logger (pino): one JSON object a line with an ISO
 * timestamp, level name and message, or, when stdout is a terminal (or
 * CRM_MATURITY_LOG_FORMAT=pretty), the same records as readable lines.
 * Credentials never reach it: request logs carry no headers or variables,
 * and the usual places for a token are redacted anyway.
 *
 * @example
 * createLogger({ CRM_MATURITY_LOG_LEVEL: 'info', CRM_MATURITY_LOG_FORMAT: 'json' }).info({ requestId: 'r1' }, 'request');
 * // stdout => {"level":"info","time":"2026-12-02T08:00:00.000Z","requestId":"r1","msg":"request"}
 */
export function createLogger(config: Pick<RuntimeConfig, 'CRM_MATURITY_LOG_LEVEL' | 'CRM_MATURITY_LOG_FORMAT'>, destination: NodeJS.WritableStream = process.stdout): Logger {
  const format = config.CRM_MATURITY_LOG_FORMAT ?? ((destination as { isTTY?: boolean }).isTTY ? 'pretty' : 'json');
  const options: pino.LoggerOptions = {
    level: config.CRM_MATURITY_LOG_LEVEL,
    base: undefined,
    timestamp: pino.stdTimeFunctions.isoTime,
    formatters: { level: (label) => ({ level: label }) },
    redact: { paths: ['authorization', 'token', 'headers.authorization', '*.authorization', '*.token'], censor: '[redacted]' },
  };
  if (format === 'pretty') return pino(options, pretty({ destination, sync: true, colorize: Boolean((destination as { isTTY?: boolean }).isTTY), translateTime: 'SYS:HH:MM:ss.l', ignore: 'pid,hostname' }));
  return pino(options, destination === process.stdout ? pino.destination({ dest: 1, sync: true }) : destination);
}
