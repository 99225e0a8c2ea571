// The store opened for reading, as `kg export` and `kg stats` need it: read-only,
// so that it works while `kg serve` (or an ingest) holds the embedded store,
// and refused when there is no graph yet instead of making an empty one.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { loadConfig } from '../config.ts';
import { KgError } from '../errors.ts';
import type { GraphStore } from '../graph/store.ts';

/** `command` names the command in what the open repaired (a log cut back, a checkpoint completed), told on stderr. */
export async function openForReading(dataDir: string | undefined, command: string): Promise<GraphStore> {
  const { STORE_FILE } = await import('../graph/ladybug.ts');
  const { openStore } = await import('../graph/open.ts');
  const config = loadConfig(dataDir ? { ...process.env, KG_DATA_DIR: dataDir } : process.env);
  if (!config.neo4j && !existsSync(join(config.dataDir, STORE_FILE))) {
    throw new KgError('NOT_FOUND', `no graph at ${config.dataDir}: run \`kg ingest\` first`);
  }
  return openStore(config, { readOnly: true, onRepair: (what) => process.stderr.write(`kg ${command}: ${what}\n`) });
}
