import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '@crm-maturity/api';

// Debian's chromium, installed by scripts/ensure-postgres.sh; the flags keep it off the (closed) network.
const chromiumPath = '/usr/bin/chromium';
const flags = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

let server: RunningServer;
let browser: Browser;

beforeAll(async () => {
  if (!existsSync(chromiumPath)) throw new Error(`${chromiumPath} is missing: run scripts/ensure-postgres.sh (it installs chromium) or apt-get install chromium`);
  server = await startServer({ port: 0, dataDir: mkdtempSync(join(tmpdir(), 'crm-graphiql-')), benchmarkSize: 300 });
  browser = await chromium.launch({ executablePath: chromiumPath, args: flags });
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('GraphiQL in a real browser', () => {
  it('loads offline and runs the walkthrough\'s first query with the demo consultant\'s token', async () => {
    const token = server.seed.tokens.find((t) => t.role === 'CONSULTANT')!.token;
    const page = await browser.newPage();
    const failed: string[] = [];
    page.on('requestfailed', (request) => failed.push(request.url()));
    // GraphiQL keeps its tabs in localStorage: open it with the query and the two headers the README asks for.
    const tabState = {
      tabs: [
        {
          id: 'walkthrough',
          hash: null,
          title: 'Clients',
          query: 'query Clients { organizations(first: 10) { edges { node { name industry } } } }',
          variables: null,
          headers: JSON.stringify({ Authorization: `Bearer ${token}`, 'x-crm-maturity': '1' }),
          operationName: 'Clients',
          response: null,
        },
      ],
      activeTabIndex: 0,
    };
    const tab = tabState.tabs[0]!;
    await page.addInitScript(
      ([state, query, headers]) => {
        localStorage.setItem('graphiql:tabState', state!);
        localStorage.setItem('graphiql:query', query!);
        localStorage.setItem('graphiql:headers', headers!);
      },
      [JSON.stringify(tabState), tab.query, tab.headers],
    );
    await page.goto(server.url, { waitUntil: 'networkidle' });
    expect(await page.title()).toBe('crm-maturity API');
    await page.getByRole('button', { name: /Execute query/ }).click();
    const result = page.locator('.graphiql-response');
    // The editor renders spaces as no-break spaces: compare with white space folded.
    const shown = async () => ((await result.textContent()) ?? '').replace(/\s+/g, ' ');
    await expect.poll(shown, { timeout: 15_000 }).toContain('"name": "Harbourline Mutual Insurance"');
    expect(await shown()).toContain('"industry": "INSURANCE"');
    // Everything the page needs is served by the API itself.
    expect(failed).toEqual([]);
    await page.screenshot({ path: join(tmpdir(), 'crm-maturity-graphiql.png') });
  });
});
