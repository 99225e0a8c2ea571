// The settings read from the environment: defaults, and a CONFIG error naming the variable.
import { availableParallelism } from 'node:os';
import { describe, expect, it } from 'vitest';
import {
  defaultExtractWorkers,
  DEFAULT_BUFFER_POOL_MB, DEFAULT_CHECKPOINT_MB, DEFAULT_MIN_FREE_MB, DEFAULT_READ_CONNECTIONS, DEFAULT_SHUTDOWN_MS, loadConfig,
} from '../../src/config.ts';

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

  it('takes KG_READ_CONNECTIONS from 1 to 64 and refuses anything else', () => {
    expect(loadConfig({}).readConnections).toBe(DEFAULT_READ_CONNECTIONS);
    expect(loadConfig({ KG_READ_CONNECTIONS: '8' }).readConnections).toBe(8);
    for (const bad of ['0', '65', '2.5', 'many']) {
      expect(() => loadConfig({ KG_READ_CONNECTIONS: bad })).toThrow(/KG_READ_CONNECTIONS must be a whole number from 1 to 64/);
    }
  });

  it('takes the paper\'s city from KG_HOME_CITY, 北京 by default', () => {
    expect(loadConfig({}).homeCity).toBe('北京');
    expect(loadConfig({ KG_HOME_CITY: ' 上海 ' }).homeCity).toBe('上海');
  });

  it('takes KG_MIN_FREE_MB (0 keeps nothing free) and KG_CHECKPOINT_MB (at least 1) in MiB', () => {
    expect([loadConfig({}).minFreeMb, loadConfig({}).checkpointMb]).toEqual([DEFAULT_MIN_FREE_MB, DEFAULT_CHECKPOINT_MB]);
    expect(loadConfig({ KG_MIN_FREE_MB: '0', KG_CHECKPOINT_MB: '4' })).toMatchObject({ minFreeMb: 0, checkpointMb: 4 });
    expect(() => loadConfig({ KG_MIN_FREE_MB: '-1' })).toThrow(/KG_MIN_FREE_MB must be a whole number of MiB, at least 0, got "-1"/);
    expect(() => loadConfig({ KG_CHECKPOINT_MB: '0' })).toThrow(/KG_CHECKPOINT_MB must be a whole number of MiB, at least 1, got "0"/);
  });

  it('takes KG_SHUTDOWN_MS in whole milliseconds, 0 or more', () => {
    expect(loadConfig({}).shutdownMs).toBe(DEFAULT_SHUTDOWN_MS);
    expect(loadConfig({ KG_SHUTDOWN_MS: '0' }).shutdownMs).toBe(0);
    expect(loadConfig({ KG_SHUTDOWN_MS: '2500' }).shutdownMs).toBe(2500);
    for (const bad of ['-1', '1.5', 'soon']) {
      expect(() => loadConfig({ KG_SHUTDOWN_MS: bad })).toThrow(`KG_SHUTDOWN_MS must be a whole number of milliseconds, at least 0, got "${bad}"`);
    }
  });

  it('takes KG_METRICS as on or off (on by default), KG_LOG_LEVEL as a level (info by default), KG_SLOW_MS in ms (1000 by default)', () => {
    expect(loadConfig({})).toMatchObject({ metrics: true, logLevel: 'info', slowMs: 1000 });
    expect(loadConfig({ KG_METRICS: 'off', KG_LOG_LEVEL: ' Silent ', KG_SLOW_MS: '0' })).toMatchObject({ metrics: false, logLevel: 'silent', slowMs: 0 });
    for (const level of ['trace', 'debug', 'warn', 'error', 'fatal']) expect(loadConfig({ KG_LOG_LEVEL: level }).logLevel).toBe(level);
    expect(() => loadConfig({ KG_METRICS: 'maybe' })).toThrow(/KG_METRICS must be on or off/);
    expect(() => loadConfig({ KG_LOG_LEVEL: 'verbose' })).toThrow('KG_LOG_LEVEL must be one of trace, debug, info, warn, error, fatal, silent, got "verbose"');
    expect(() => loadConfig({ KG_SLOW_MS: '-5' })).toThrow('KG_SLOW_MS must be a whole number of milliseconds, at least 0, got "-5"');
  });

  it('takes KG_REQUEST_TIMEOUT_MS in whole milliseconds, at least 1, 10 s by default', () => {
    expect(loadConfig({}).requestTimeoutMs).toBe(10_000);
    expect(loadConfig({ KG_REQUEST_TIMEOUT_MS: '250' }).requestTimeoutMs).toBe(250);
    for (const bad of ['0', '-5', '1.5', 'soon']) {
      expect(() => loadConfig({ KG_REQUEST_TIMEOUT_MS: bad })).toThrow(`KG_REQUEST_TIMEOUT_MS must be a whole number of milliseconds, at least 1, got "${bad}"`);
    }
  });

  it('takes KG_EXTRACT_WORKERS as a whole number, 0 for the main thread, by default every core but one', () => {
    expect(loadConfig({}).extractWorkers).toBeNull();
    expect(defaultExtractWorkers()).toBe(Math.max(1, availableParallelism() - 1));
    expect(loadConfig({ KG_EXTRACT_WORKERS: '0' }).extractWorkers).toBe(0);
    expect(loadConfig({ KG_EXTRACT_WORKERS: '3' }).extractWorkers).toBe(3);
    for (const bad of ['-1', '1.5', 'all', '257']) {
      expect(() => loadConfig({ KG_EXTRACT_WORKERS: bad })).toThrow(`KG_EXTRACT_WORKERS must be a whole number from 0 (extract on the main thread) to 256, got "${bad}"`);
    }
  });

  it('takes KG_GRAPHIQL and KG_INTROSPECTION as on or off, both on by default', () => {
    expect([loadConfig({}).graphiql, loadConfig({}).introspection]).toEqual([true, true]);
    for (const off of ['off', '0', 'false', 'NO', ' Off ']) {
      expect(loadConfig({ KG_GRAPHIQL: off, KG_INTROSPECTION: off })).toMatchObject({ graphiql: false, introspection: false });
    }
    for (const on of ['on', '1', 'true', 'yes']) expect(loadConfig({ KG_GRAPHIQL: on }).graphiql).toBe(true);
    expect(() => loadConfig({ KG_GRAPHIQL: 'disabled' })).toThrow('KG_GRAPHIQL must be on or off (1/0, true/false, on/off, yes/no), got "disabled"');
    expect(() => loadConfig({ KG_INTROSPECTION: '2' })).toThrow(/KG_INTROSPECTION must be on or off/);
  });

  it('takes KG_EXPLORE as on or off, on by default', () => {
    expect(loadConfig({}).explore).toBe(true);
    expect(loadConfig({ KG_EXPLORE: 'off' }).explore).toBe(false);
    expect(() => loadConfig({ KG_EXPLORE: 'maybe' })).toThrow('KG_EXPLORE must be on or off (1/0, true/false, on/off, yes/no), got "maybe"');
  });

  it('takes KG_SEARCH_THREAD as on or off, on by default', () => {
    expect(loadConfig({}).searchThread).toBe(true);
    expect(loadConfig({ KG_SEARCH_THREAD: 'off' }).searchThread).toBe(false);
    expect(() => loadConfig({ KG_SEARCH_THREAD: 'maybe' })).toThrow('KG_SEARCH_THREAD must be on or off (1/0, true/false, on/off, yes/no), got "maybe"');
  });

  it('takes KG_CORS_ORIGINS as exact origins or *, none by default', () => {
    expect(loadConfig({}).corsOrigins).toEqual([]);
    expect(loadConfig({ KG_CORS_ORIGINS: ' https://dash.example, http://localhost:3000 ,' }).corsOrigins).toEqual(['https://dash.example', 'http://localhost:3000']);
    expect(loadConfig({ KG_CORS_ORIGINS: ' * ' }).corsOrigins).toBe('*');
    for (const bad of ['dash.example', 'https://dash.example/', 'https://dash.example/app', 'HTTPS://Dash.example', '*, https://dash.example']) {
      expect(() => loadConfig({ KG_CORS_ORIGINS: bad }), bad).toThrow(/KG_CORS_ORIGINS must be \* or a comma-separated list of origins like https:\/\/example\.org/);
    }
  });

  it('refuses a port or a Neo4j URI that cannot work', () => {
    expect(() => loadConfig({ PORT: '70000' })).toThrow(/PORT must be an integer/);
    expect(() => loadConfig({ NEO4J_URI: 'http://localhost:7474' })).toThrow(/NEO4J_URI must start with neo4j:\/\/ or bolt:\/\//);
  });
});
