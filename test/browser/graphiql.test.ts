// GraphiQL in a real browser: /graphql opens with the README's example
// queries in tabs, and running the first shows the events in 东城区 over the
// seed pages. Everything GraphiQL needs comes from this server: any request to
// another address fails the test. Needs Debian's Chromium at /usr/bin/chromium;
// without it the test is skipped (.ci/run installs it when it can).
import { readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXAMPLE_QUERIES } from '../../src/api/examples.ts';
import { createApp } from '../../src/server/app.ts';
import { hasChromium, launchChromium, serveOnLoopback } from './chromium.ts';
import { openSeededStore, type SeededStore } from '../api/seeded.ts';

const chromiumHere = hasChromium('GraphiQL');

// Gold 003: the 东城区 event the first example query must list.
const GOLD_003 = JSON.parse(readFileSync(join(import.meta.dirname, '..', 'gold', '003_abbda0325e153582.json'), 'utf8'));
const SINGING_CONTEST: string = GOLD_003.articles
  .map((a: { headline: string }) => a.headline)
  .find((h: string) => h.includes('五月的鲜花'));

/** The text a Monaco editor shows (its lines use non-breaking spaces). */
async function editorText(page: Page, editor: string): Promise<string> {
  return (await page.locator(`${editor} .view-lines`).innerText()).replace(/\u00a0/g, ' ');
}

describe.skipIf(!chromiumHere)('GraphiQL at /graphql in Chromium', () => {
  let seeded: SeededStore;
  let server: Server;
  let browser: Browser;
  let page: Page;
  let base: string;
  const offsite: string[] = [];

  beforeAll(async () => {
    seeded = await openSeededStore();
    ({ server, base } = await serveOnLoopback(createApp({ store: seeded.store, config: { ingestToken: null } })));
    browser = await launchChromium();
    const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: base });
    page = await context.newPage();
    // Only this server may be reached: a CDN request is recorded and refused.
    await page.route('**/*', (route) => {
      const url = route.request().url();
      if (url.startsWith(`${base}/`) || url.startsWith('blob:') || url.startsWith('data:')) return route.continue();
      offsite.push(url);
      return route.abort();
    });
  });

  afterAll(async () => {
    await browser?.close();
    await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
    await seeded?.close();
  });

  it('sends a browser at / to GraphiQL', async () => {
    // A page of its own: GraphiQL keeps its tabs in the page's storage, which the next test starts without.
    const context = await browser.newContext();
    try {
      const other = await context.newPage();
      await other.goto(`${base}/`);
      expect(new URL(other.url()).pathname).toBe('/graphql');
      await expect.poll(() => other.title(), { timeout: 20_000 }).toBe('union-news-graph');
    } finally {
      await context.close();
    }
  });

  it('opens with the example queries and runs the first one', async () => {
    await page.goto(`${base}/graphql`);
    expect(offsite, 'GraphiQL asked for files from elsewhere').toEqual([]);
    await expect.poll(() => page.title()).toBe('union-news-graph');

    // The first example is in the query editor.
    const query = page.locator('.graphiql-query-editor');
    await query.locator('.view-lines').waitFor({ timeout: 20_000 });
    await expect.poll(() => editorText(page, '.graphiql-query-editor'), { timeout: 20_000 }).toContain('activities(filter: { district: "东城区" }');

    // One tab per example, titled by its operation name.
    const tabs = page.getByRole('tab');
    await expect.poll(() => tabs.count()).toBe(EXAMPLE_QUERIES.length);
    const names = EXAMPLE_QUERIES.map((e) => /query (\w+)/.exec(e.query)![1]);
    await expect.poll(() => tabs.allInnerTexts(), { timeout: 20_000 }).toEqual(names);

    // Run it: the result pane shows the events in 东城区, the singing contest among them.
    await page.getByRole('button', { name: /Execute query/ }).click();
    const response = page.locator('.graphiql-response');
    await expect.poll(() => editorText(page, '.graphiql-response'), { timeout: 20_000 }).toContain('"activities"');
    // GRAPHIQL_SCREENSHOT=/tmp/graphiql.png keeps a picture of this state.
    if (process.env.GRAPHIQL_SCREENSHOT) await page.screenshot({ path: process.env.GRAPHIQL_SCREENSHOT });
    // All of the result, as a person copying it gets it (the pane shows only what fits).
    await response.locator('.view-lines').click();
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Control+C');
    const shown = JSON.parse(await page.evaluate(() => navigator.clipboard.readText()));
    const headlines = shown.data.activities.edges.map((e: any) => e.node.article.headline);
    expect(SINGING_CONTEST).toBe('东城区总工会举办“五月的鲜花”歌咏比赛展示活动');
    expect(headlines).toContain(SINGING_CONTEST);

    // The next tabs hold the other examples.
    // Chosen from the keyboard: the tab strip is reorderable by dragging, and
    // in headless Chromium the first press on a tab can start a drag instead
    // of a click.
    await tabs.nth(1).locator('.graphiql-tab-button').press('Enter');
    await expect.poll(() => editorText(page, '.graphiql-query-editor')).toContain('organization(name: "市总工会")');
    await tabs.nth(2).locator('.graphiql-tab-button').press('Enter');
    await expect.poll(() => editorText(page, '.graphiql-query-editor')).toContain('person(name: "赵丽君")');

    expect(offsite).toEqual([]);
  });
});
