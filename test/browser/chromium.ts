// What the browser tests share: Debian's Chromium (skipped, saying so, where it
// is missing), launched headless with nothing reaching out, and an app served
// on a free loopback port for it to load.
import { existsSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { Browser } from 'playwright-core';
import type { App } from '../../src/server/app.ts';

export const CHROMIUM = '/usr/bin/chromium';

/** Whether Chromium is here; when not, one line says which test is skipped and why. */
export function hasChromium(test: string): boolean {
  const here = existsSync(CHROMIUM);
  if (!here) console.log(`skipping the ${test} browser test: ${CHROMIUM} is missing (apt-get install chromium)`);
  return here;
}

/** Chromium headless, without the background traffic a closed network refuses. */
export async function launchChromium(): Promise<Browser> {
  const { chromium } = await import('playwright-core');
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

/** The app listening on 127.0.0.1 at a free port, and its base URL. */
export async function serveOnLoopback(app: App): Promise<{ server: Server; base: string }> {
  const server = createServer(app);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const address = server.address();
  if (!address || typeof address !== 'object') throw new Error('the server has no port');
  return { server, base: `http://127.0.0.1:${address.port}` };
}
