// Preloaded (`node --import`) into each timed child of the whole-job bench:
// at exit, writes the process's own resource usage (every thread, DuckDB's
// included) to the file named by WHOLE_JOB_USAGE, so the bench reads CPU
// time and peak RSS per run without an external `time` command.
import { writeFileSync } from 'node:fs';

const file = process.env.WHOLE_JOB_USAGE;
if (file) {
  process.on('exit', () => {
    const usage = process.resourceUsage();
    writeFileSync(file, JSON.stringify({ userMicros: usage.userCPUTime, systemMicros: usage.systemCPUTime, maxRssKiB: usage.maxRSS }));
  });
}
