// Extraction on worker threads: the same facts as on the main thread, a thread
// that dies fails only its page and is replaced, and an idle pool keeps no
// process alive.
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { extractPage } from '../../src/extract/pipeline.ts';
import { createExtractor, type Extractor } from '../../src/extract/workerPool.ts';

vi.setConfig({ testTimeout: 120_000 });

const ROOT = join(import.meta.dirname, '..', '..');
const FAILING = new URL('./fixtures/failingWorker.ts', import.meta.url);
const pagesIn = (dir: string) => readdirSync(join(ROOT, dir)).filter((f) => f.endsWith('.txt'))
  .map((f) => ({ path: join(dir, f), text: readFileSync(join(ROOT, dir, f), 'utf8') }));
const PAGES = [...pagesIn('seeds'), ...pagesIn('test/dev/pages'), ...pagesIn('test/holdout/pages'), ...pagesIn('test/unseen/pages')];
const SEED = PAGES[0];

let extractor: Extractor | null = null;
afterEach(async () => { await extractor?.close(); extractor = null; });

describe('createExtractor', () => {
  it('gives on its threads exactly the extraction of the main thread, page for page', async () => {
    expect(PAGES.length).toBeGreaterThan(15);
    extractor = createExtractor(2);
    const onThreads = await Promise.all(PAGES.map((p) => extractor!.extract(p.path, p.text, {})));
    expect(onThreads.reduce((n, p) => n + p.articles.length, 0)).toBeGreaterThan(50);
    expect(onThreads).toStrictEqual(PAGES.map((p) => extractPage(p.path, p.text, {})));
    // What the caller knows of the issue travels too.
    const known = { issueDate: '2024-02-01', number: '3', name: '要闻' };
    expect(await extractor.extract(SEED.path, SEED.text, known)).toStrictEqual(extractPage(SEED.path, SEED.text, known));
  });

  it('with 0 threads extracts on the main thread', async () => {
    extractor = createExtractor(0);
    expect(extractor.workers).toBe(0);
    expect(await extractor.extract(SEED.path, SEED.text)).toStrictEqual(extractPage(SEED.path, SEED.text));
  });

  it('fails only the page whose thread died, with the reason, and goes on with a new thread', async () => {
    extractor = createExtractor(2, { module: FAILING });
    const crash = `${SEED.text}\nCRASH`;
    const outcomes = await Promise.allSettled([
      extractor.extract('a.txt', SEED.text), extractor.extract('crash.txt', crash), extractor.extract('b.txt', SEED.text),
      extractor.extract('crash2.txt', crash), extractor.extract('c.txt', SEED.text),
    ]);
    expect(outcomes.map((o) => o.status)).toEqual(['fulfilled', 'rejected', 'fulfilled', 'rejected', 'fulfilled']);
    const reason = (outcomes[1] as PromiseRejectedResult).reason;
    expect(reason.code).toBe('EXTRACT_FAILED');
    expect(reason.message).toBe('crash.txt: extraction stopped: the thread reading this page ended (exit code 7)');
    expect((outcomes[4] as PromiseFulfilledResult<unknown>).value).toStrictEqual(extractPage('c.txt', SEED.text));
    // Both threads died once; the pool still has its two.
    expect(await Promise.all([extractor.extract('d.txt', SEED.text), extractor.extract('e.txt', SEED.text)]))
      .toStrictEqual([extractPage('d.txt', SEED.text), extractPage('e.txt', SEED.text)]);
  });

  it('hands back an error the pipeline raised, a project error with its code', async () => {
    extractor = createExtractor(1, { module: FAILING });
    await expect(extractor.extract('t.txt', 'THROW')).rejects.toThrow('the page broke the pipeline');
    await expect(extractor.extract('r.txt', 'REFUSE')).rejects.toMatchObject({ code: 'BAD_INPUT', message: 'r.txt: refused', details: { file: 'r.txt' } });
    expect(await extractor.extract(SEED.path, SEED.text)).toStrictEqual(extractPage(SEED.path, SEED.text));
  });

  it('fails the pages still waiting when closed, and takes none after', async () => {
    extractor = createExtractor(1);
    const waiting = Promise.allSettled([1, 2, 3].map((i) => extractor!.extract(`${i}.txt`, SEED.text)));
    await extractor.close();
    expect((await waiting).map((o) => o.status === 'rejected' && o.reason.code)).toEqual(['EXTRACT_FAILED', 'EXTRACT_FAILED', 'EXTRACT_FAILED']);
    await expect(extractor.extract('4.txt', SEED.text)).rejects.toMatchObject({ code: 'EXTRACT_FAILED', message: '4.txt: the extraction threads are closed' });
  });

  it('keeps no process alive once its pages are done, even unclosed', async () => {
    const script = `
      import { createExtractor } from ${JSON.stringify(join(ROOT, 'src/extract/workerPool.ts'))};
      const e = createExtractor(2);
      const page = await e.extract('p.txt', ${JSON.stringify(SEED.text)});
      console.log(page.articles.length);`;
    const dir = mkdtempSync(join(tmpdir(), 'kg-pool-'));
    writeFileSync(join(dir, 'unclosed.mjs'), script);
    const child = spawn(process.execPath, ['--import', 'tsx', join(dir, 'unclosed.mjs')], { cwd: ROOT });
    child.stderr.on('data', (d) => { process.stderr.write(d); });
    let out = '';
    child.stdout.on('data', (d) => { out += d; });
    const code = await new Promise<number | null>((resolve) => {
      const timer = setTimeout(() => { child.kill('SIGKILL'); resolve(null); }, 60_000);
      child.on('close', (c) => { clearTimeout(timer); resolve(c); });
    });
    rmSync(dir, { recursive: true, force: true });
    expect(code).toBe(0);
    expect(Number(out.trim())).toBe(extractPage('p.txt', SEED.text).articles.length);
  });
});
