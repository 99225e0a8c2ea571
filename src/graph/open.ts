// Chooses the store from the configuration: Neo4j when NEO4J_URI is set,
// otherwise the embedded LadybugDB under the data directory, with its
// full-text index beside it (brought up to the store's pages here).
import type { Config } from '../config.ts';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { LadybugStore } from './ladybug.ts';
import { Neo4jStore } from './neo4j.ts';
import type { GraphStore } from './store.ts';
import { EmbeddedSearch } from './search/embedded.ts';
import { OLD_SEARCH_FILES, SEARCH_FILE } from './storeFiles.ts';
import { upgradeStore } from './upgrade.ts';

export interface OpenOptions {
  /** Open for reading only (embedded store: does not take the write lock). */
  readOnly?: boolean;
  /** Run the schema migration after opening (default true unless readOnly). */
  migrate?: boolean;
  /** Told what the embedded store's open repaired first (a log cut back to its last commit, a checkpoint completed). */
  onRepair?: (what: string) => void;
}

export async function openStore(
  config: Pick<Config, 'dataDir' | 'neo4j'> & Partial<Pick<Config, 'bufferPoolMb' | 'minFreeMb' | 'checkpointMb' | 'readConnections' | 'searchThread'>>, options: OpenOptions = {},
): Promise<GraphStore> {
  const store: GraphStore = config.neo4j
    ? await Neo4jStore.open(config.neo4j)
    : await LadybugStore.open(config.dataDir, {
      readOnly: options.readOnly, bufferPoolMb: config.bufferPoolMb, minFreeMb: config.minFreeMb, checkpointMb: config.checkpointMb,
      readConnections: config.readConnections,
    });
  if (store instanceof LadybugStore) for (const what of store.repaired) options.onRepair?.(what);
  try {
    if (options.migrate ?? !options.readOnly) {
      await store.migrate();
      await upgradeStore(store);
    }
    if (store instanceof LadybugStore) {
      if (!options.readOnly) for (const f of OLD_SEARCH_FILES) rmSync(join(config.dataDir, f), { force: true });
      store.search = await EmbeddedSearch.open(store, join(config.dataDir, SEARCH_FILE), { readOnly: options.readOnly, thread: config.searchThread });
    }
  } catch (e) {
    await store.close().catch(() => undefined);
    throw e;
  }
  return store;
}
