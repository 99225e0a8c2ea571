// The settings read from the environment: defaults, and a CONFIG error naming the variable.
import { describe, expect, it } from 'vitest';
import { DEFAULT_BUFFER_POOL_MB, DEFAULT_CHECKPOINT_MB, DEFAULT_MIN_FREE_MB, loadConfig } from '../../src/config.ts';

describe('loadConfig', () => {
  it('gives the defaults for an empty environment', () => {
    const c = loadConfig({});
    expect([c.port, c.neo4j, c.ingestToken, c.bufferPoolMb]).toEqual([4000, null, null, DEFAULT_BUFFER_POOL_MB]);
    expect(c.dataDir).toMatch(/\/data$/);
  });

  it('takes KG_BUFFER_POOL_MB in MiB and refuses what is no size', () => {
    expect(loadConfig({ KG_BUFFER_POOL_MB: '256' }).bufferPoolMb).toBe(256);
    for (const bad of ['0', '12', '1.5', 'lots']) {
      expect(() => loadConfig({ KG_BUFFER_POOL_MB: bad })).toThrow(/KG_BUFFER_POOL_MB must be a whole number of MiB, at least 64/);
    }
  });

  it('takes KG_MIN_FREE_MB (0 keeps nothing free) and KG_CHECKPOINT_MB (at least 1) in MiB', () => {
    expect([loadConfig({}).minFreeMb, loadConfig({}).checkpointMb]).toEqual([DEFAULT_MIN_FREE_MB, DEFAULT_CHECKPOINT_MB]);
    expect(loadConfig({ KG_MIN_FREE_MB: '0', KG_CHECKPOINT_MB: '4' })).toMatchObject({ minFreeMb: 0, checkpointMb: 4 });
    expect(() => loadConfig({ KG_MIN_FREE_MB: '-1' })).toThrow(/KG_MIN_FREE_MB must be a whole number of MiB, at least 0, got "-1"/);
    expect(() => loadConfig({ KG_CHECKPOINT_MB: '0' })).toThrow(/KG_CHECKPOINT_MB must be a whole number of MiB, at least 1, got "0"/);
  });

  it('refuses a port or a Neo4j URI that cannot work', () => {
    expect(() => loadConfig({ PORT: '70000' })).toThrow(/PORT must be an integer/);
    expect(() => loadConfig({ NEO4J_URI: 'http://localhost:7474' })).toThrow(/NEO4J_URI must start with neo4j:\/\/ or bolt:\/\//);
  });
});
