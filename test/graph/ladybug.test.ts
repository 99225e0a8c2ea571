import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LadybugStore } from '../../src/graph/ladybug.ts';
import { storeContract } from './contract.ts';

storeContract('embedded LadybugDB', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'kg-store-'));
  const store = await LadybugStore.open(dir);
  await store.migrate();
  return { store, dispose: async () => { await store.close(); rmSync(dir, { recursive: true, force: true }); } };
});
