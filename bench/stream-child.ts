// One streaming measurement in a process of its own: prints time, peak RSS and rows accepted as JSON.
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { loadResponseSet } from '@crm-maturity/core';
import { bundledQuestionnaire } from '@crm-maturity/questionnaires';

const [mode, file] = process.argv.slice(2) as ['load' | 'parse-only', string];
const questionnaire = bundledQuestionnaire('crm-maturity', '1.0.0');
const start = performance.now();
let accepted = 0;
if (mode === 'load') {
  const loaded = await loadResponseSet(questionnaire, createReadStream(file, { highWaterMark: 1 << 16 }), { format: 'jsonl' });
  accepted = loaded.summary.accepted;
} else {
  for await (const line of createInterface({ input: createReadStream(file, { highWaterMark: 1 << 16 }), crlfDelay: Infinity })) {
    if (line && JSON.parse(line)) accepted++;
  }
}
const ms = performance.now() - start;
// maxRSS is in kibibytes on Linux.
console.log(JSON.stringify({ ms, maxRssBytes: process.resourceUsage().maxRSS * 1024, accepted }));
