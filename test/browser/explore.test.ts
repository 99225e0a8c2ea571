// The explore page in a real browser, over the seed pages given two issue
// dates (pages 000-002 on 2024-05-10, 003-004 on 2024-06-20): search 赵丽君,
// draw her neighbourhood, expand 北京市总工会 by clicking it, click an edge to
// read its sentence and open its article, filter by time and by relationship
// type; every answer is checked against what /graphql itself says. No request
// may leave the server's origin. A screenshot goes to test-artifacts/explore.png.
// Needs Debian's Chromium at /usr/bin/chromium; without it the test is skipped.
import { mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestPaths } from '../../src/graph/ingestFiles.ts';
import { openStore } from '../../src/graph/open.ts';
import type { GraphStore } from '../../src/graph/store.ts';
import { createApp } from '../../src/server/app.ts';
import { hasChromium, launchChromium, serveOnLoopback } from './chromium.ts';
import { SEEDS } from '../api/seeded.ts';

const chromiumHere = hasChromium('explore');
const ARTIFACTS = join(import.meta.dirname, '..', '..', 'test-artifacts');

interface DrawnNode { id: string; label: string; type: string; position: { x: number; y: number }; size: number }
interface DrawnEdge { id: string; source: string; target: string; type: string; label: string; count: number; midpoint: { x: number; y: number } }

const ZHAO = 'person:赵丽君';
const UNION = 'org:北京市总工会';
const ZHAO_AT_UNION = `${ZHAO}|HOLDS_POSITION|${UNION}`;

describe.skipIf(!chromiumHere)('the explore page in Chromium', () => {
  let dir: string;
  let store: GraphStore;
  let server: Server;
  let browser: Browser;
  let page: Page;
  let base: string;
  const requests: string[] = [];

  const api = async (query: string) => {
    const res = await fetch(`${base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
    const body = await res.json();
    expect(body.errors).toBeUndefined();
    return body.data;
  };
  const nodes = () => page.evaluate(() => (globalThis as any).explore.nodes() as DrawnNode[]);
  const edges = () => page.evaluate(() => (globalThis as any).explore.edges() as DrawnEdge[]);
  const ids = async () => (await nodes()).map((n) => n.id).sort();
  const idle = () => page.waitForFunction(() => (globalThis as any).explore.pending === 0);
  /** A real mouse click at a point of the graph's canvas (Cytoscape's rendered coordinates). */
  const clickAt = async (p: { x: number; y: number }) => {
    const box = (await page.locator('#cy').boundingBox())!;
    await page.mouse.click(box.x + p.x, box.y + p.y);
  };

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'kg-explore-'));
    store = await openStore({ dataDir: dir, neo4j: null });
    const pages = readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).sort().map((f) => join(SEEDS, f));
    expect(pages.length).toBe(5);
    for (const [paths, date] of [[pages.slice(0, 3), '2024-05-10'], [pages.slice(3), '2024-06-20']] as const) {
      const summary = await ingestPaths(store, [...paths], { date });
      expect(summary.failed).toEqual([]);
    }
    ({ server, base } = await serveOnLoopback(createApp({ store, config: { ingestToken: null } })));
    browser = await launchChromium();
    page = await (await browser.newContext({ viewport: { width: 1400, height: 900 } })).newPage();
    page.on('request', (r) => requests.push(r.url()));
    // Anything for elsewhere is refused as well as recorded.
    await page.route('**/*', (route) => (route.request().url().startsWith(`${base}/`) ? route.continue() : route.abort()));
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
    await store?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('draws 赵丽君, expands 北京市总工会, shows an edge\'s sentence and its article, and filters', async () => {
    await page.goto(`${base}/explore`);
    await page.waitForFunction(() => (globalThis as any).explore !== undefined);

    // Search, and draw her neighbourhood.
    await page.fill('#search input[name=text]', '赵丽君');
    await page.press('#search input[name=text]', 'Enter');
    await page.click(`#results button[data-id="${ZHAO}"]`);
    await expect.poll(ids, { timeout: 20_000 }).toContain(UNION);
    await idle();
    expect(await ids()).toContain(ZHAO);
    const titles = (await edges()).find((e) => e.id === ZHAO_AT_UNION)!;
    // Seed pages 001 and 003 both call her 北京市总工会党组成员、副主席.
    expect([titles.label, titles.count]).toEqual(['党组成员、副主席', 2]);
    expect((await nodes()).find((n) => n.id === ZHAO)!.type).toBe('Person');

    // Expand 北京市总工会 with a click on the node where Cytoscape drew it.
    expect(await ids()).not.toContain('person:王敬东');
    const before = (await nodes()).length;
    await clickAt((await nodes()).find((n) => n.id === UNION)!.position);
    await expect.poll(ids, { timeout: 20_000 }).toContain('person:王敬东');
    await idle();
    expect((await nodes()).length).toBeGreaterThan(before);

    // Click her edge to the union: the panel shows the sentence the API gives for that position.
    const { person } = await api('{ person(name: "赵丽君") { positions { organization { id } evidence { text article { id headline body } } } } }');
    const fact = person.positions.find((p: any) => p.organization.id === UNION).evidence;
    // First drag her node to the emptiest spot of the canvas, as a reader would to see the edge apart from
    // the rest; then click the edge at a point of it clear of every node.
    const box = (await page.locator('#cy').boundingBox())!;
    const clearance = (p: { x: number; y: number }, drawn: DrawnNode[], but?: string) =>
      Math.min(...drawn.filter((n) => n.id !== but).map((n) => Math.hypot(n.position.x - p.x, n.position.y - p.y) - n.size / 2));
    let drawn = await nodes();
    // A grid inside the canvas, a tenth of its size away from each side.
    const spots = Array.from({ length: 16 * 10 }, (_, i) => ({ x: box.width * (0.1 + (0.8 * (i % 16)) / 15), y: box.height * (0.1 + (0.8 * Math.floor(i / 16)) / 9) }));
    const spot = spots.reduce((a, b) => (clearance(b, drawn, ZHAO) > clearance(a, drawn, ZHAO) ? b : a));
    const from = drawn.find((n) => n.id === ZHAO)!.position;
    await page.mouse.move(box.x + from.x, box.y + from.y);
    await page.mouse.down();
    await page.mouse.move(box.x + spot.x, box.y + spot.y, { steps: 10 });
    await page.mouse.up();
    drawn = await nodes();
    const [s, t] = [drawn.find((n) => n.id === ZHAO)!.position, drawn.find((n) => n.id === UNION)!.position];
    expect(Math.hypot(s.x - spot.x, s.y - spot.y), 'her node was dragged').toBeLessThan(5);
    const along = Array.from({ length: 19 }, (_, i) => ({ x: s.x + ((t.x - s.x) * (i + 1)) / 20, y: s.y + ((t.y - s.y) * (i + 1)) / 20 }))
      .filter((p) => clearance(p, drawn) > 4)
      .sort((a, b) => clearance(b, drawn) - clearance(a, drawn));
    expect(along.length).toBeGreaterThan(0);
    for (const p of along.slice(0, 5)) {
      await clickAt(p);
      if ((await page.evaluate(() => (globalThis as any).explore.shownEdge)) === ZHAO_AT_UNION) break;
    }
    expect(await page.evaluate(() => (globalThis as any).explore.shownEdge)).toBe(ZHAO_AT_UNION);
    expect(await page.locator('#evidence .sentence').first().innerText()).toBe(fact.text);

    // Its link opens the article: the headline and body the API has, the sentence marked in it.
    await page.locator('#evidence a.open-article').first().click();
    await expect.poll(() => page.locator('#article .headline').innerText(), { timeout: 20_000 }).toBe(fact.article.headline);
    expect(await page.locator('#article .body').innerText()).toBe(fact.article.body);
    expect(await page.locator('#article mark').innerText()).toBe(fact.text);
    mkdirSync(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: join(ARTIFACTS, 'explore.png') });

    // From 2024-06-01 on: her activities drawn are those the API's date filter gives, her title edge stated once.
    const activitiesOf = async () => (await edges()).filter((e) => e.source === ZHAO && e.type === 'PARTICIPATED_IN').map((e) => e.target).sort();
    const all = await activitiesOf();
    await page.fill('#from', '2024-06-01');
    const june = await api('{ activities(filter: { participant: "赵丽君", date: { from: "2024-06-01" } }) { edges { node { id } } } }');
    const expected = june.activities.edges.map((e: any) => e.node.id).sort();
    expect(expected.length).toBeGreaterThan(0);
    expect(expected.length).toBeLessThan(all.length);
    await expect.poll(activitiesOf, { timeout: 20_000 }).toEqual(expected);
    expect((await edges()).find((e) => e.id === ZHAO_AT_UNION)!.count).toBe(1);
    await page.fill('#from', '');
    await expect.poll(activitiesOf, { timeout: 20_000 }).toEqual(all);

    // Without HOLDS_POSITION: no title edge, and 王敬东, whom only his title joins to the rest, is gone.
    await page.uncheck('#type-HOLDS_POSITION');
    await expect.poll(async () => (await edges()).filter((e) => e.type === 'HOLDS_POSITION').length, { timeout: 20_000 }).toBe(0);
    expect(await ids()).not.toContain('person:王敬东');
    expect(await activitiesOf()).toEqual(all);
    await page.check('#type-HOLDS_POSITION');
    await expect.poll(ids, { timeout: 20_000 }).toContain('person:王敬东');
  });

  it('sent every request to the server\'s own origin', () => {
    expect(requests.length).toBeGreaterThan(3);
    expect(requests.filter((u) => !u.startsWith(`${base}/`))).toEqual([]);
    expect(requests).toContain(`${base}/explore/app.js`);
    expect(requests.filter((u) => u === `${base}/graphql`).length).toBeGreaterThan(2);
  });
});
