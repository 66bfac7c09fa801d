import { existsSync } from 'node:fs';
import type { CommandOutput } from './answer-commands';
import { parseWholeNumber } from '../option-values';

export type ServeOptions = { port?: string | undefined; host?: string | undefined; dataDir?: string | undefined; demo: boolean };

/**
 * Starts the API: migrates the database (SQLite in the data folder, or
 * DATABASE_URL), seeds the demo on first run, and serves GraphiQL. Runs
 * until interrupted. The API is imported here, not at the top, so the other
 * commands never load Prisma.
 */
export async function serveCommand(options: ServeOptions, out: (line: string) => void): Promise<CommandOutput> {
  const { startServer } = await import('@crm-maturity/api');
  const port = parseWholeNumber('--port', options.port ?? process.env.PORT ?? '4000', { min: 0, max: 65_535 });
  const server = await startServer({ port, host: options.host ?? '127.0.0.1', demo: options.demo, ...(options.dataDir ? { dataDir: options.dataDir } : {}) });
  const database = server.databaseUrl.startsWith('file:') ? `SQLite ${server.databaseUrl.slice('file:'.length)}` : 'PostgreSQL (DATABASE_URL)';
  out(`crm-maturity API on ${server.url} (GraphiQL: open it in a browser)`);
  out(`database: ${database}`);
  if (server.seed.created) {
    out('demo seeded: 3 example organizations, a synthetic benchmark; tokens (shown once, also in <data-dir>/demo-tokens.txt):');
    for (const t of server.seed.tokens) out(`  ${t.role.padEnd(10)} ${t.token}`);
  } else if (options.demo) {
    out(
      existsSync(server.tokensFile)
        ? `demo tokens from the first run are in ${server.tokensFile}; new ones: crm-maturity token create --role consultant --user <email>`
        : `the demo was seeded by another start (its tokens are in that start's data folder); new ones: crm-maturity token create --role consultant --user <email>`,
    );
  }
  out('send each request with the headers  Authorization: Bearer <token>  and  x-crm-maturity: 1');
  out('stop with Ctrl-C');
  // SIGTERM or Ctrl-C: in-flight requests finish (bounded by CRM_MATURITY_SHUTDOWN_TIMEOUT_MS); a second signal stops at once.
  await new Promise<void>((stopped, failed) => {
    const stop = (signal: NodeJS.Signals) => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      const now = () => process.exit(128 + (signal === 'SIGINT' ? 2 : 15));
      process.once('SIGINT', now);
      process.once('SIGTERM', now);
      server.logger.info({ signal }, 'signal received');
      server.close().then(stopped, failed);
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
  return { text: '', exitCode: 0 };
}
