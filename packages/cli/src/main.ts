import { isCrmMaturityError } from '@crm-maturity/core';
import { run } from './cli';
import { exitCodeOf, exitCodes } from './exit-codes';

async function main(): Promise<void> {
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    // A reader that stops early (`| head`) is how pipes work, not a failure.
    if (error.code === 'EPIPE') return;
    process.stderr.write(`crm-maturity: cannot write the output: ${error.message}\n`);
    process.exitCode = exitCodes.internal;
  });
  try {
    const output = await run(process.argv.slice(2));
    // Streaming commands (generate) have written their output already.
    if (output.text !== '') process.stdout.write(`${output.text}\n`);
    process.exitCode = output.exitCode;
  } catch (error) {
    if (isCrmMaturityError(error)) {
      // An expected failure: its message alone, and the exit code of its code.
      process.stderr.write(`crm-maturity: ${error.message}\n`);
      process.exitCode = exitCodeOf[error.code];
    } else {
      // A bug: say so plainly; the stack is only for those who ask for it.
      const detail = process.env.CRM_MATURITY_DEBUG ? `\n${(error as Error).stack}` : ' (set CRM_MATURITY_DEBUG=1 for details)';
      process.stderr.write(`crm-maturity: internal error: ${(error as Error).message}${detail}\n`);
      process.exitCode = exitCodes.internal;
    }
  }
}

await main();
