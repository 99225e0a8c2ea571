// The only module that reads process.env: it validates once and freezes.
import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import { KgError } from './errors.ts';

export interface Neo4jConfig { uri: string; user: string; password: string; database: string | undefined }

export interface Config {
  /** Directory of the embedded store (KG_DATA_DIR, default ./data). */
  dataDir: string;
  /** Set when NEO4J_URI is set: then Neo4j is the store. */
  neo4j: Neo4jConfig | null;
  /** HTTP port of `kg serve` (PORT, default 4000). */
  port: number;
  /** Token that allows POSTing pages to a running server (KG_INGEST_TOKEN); null disables that endpoint. */
  ingestToken: string | null;
  /** Memory the embedded store may cache pages in, in MiB (KG_BUFFER_POOL_MB, default 1024). */
  bufferPoolMb: number;
  /** Reads the embedded store runs at the same time (KG_READ_CONNECTIONS, default 4). */
  readConnections: number;
  /** The paper's own city (KG_HOME_CITY, default 北京): a short name several bodies share means its one first. */
  homeCity: string;
  /** The embedded store refuses writes (STORE_FULL) with less than this free on its filesystem, in MiB (KG_MIN_FREE_MB, default 64). */
  minFreeMb: number;
  /** The embedded store checkpoints after a commit that leaves its log over this, in MiB (KG_CHECKPOINT_MB, default 256). */
  checkpointMb: number;
  /**
   * Origins whose pages may call the API from a browser (KG_CORS_ORIGINS, a
   * comma-separated list; default none: the server's own pages only). `*` is
   * any origin, without cookies or other credentials.
   */
  corsOrigins: '*' | readonly string[];
  /** Whether GET /graphql gives a browser GraphiQL (KG_GRAPHIQL, default on). */
  graphiql: boolean;
  /** Whether GET /explore gives a browser the picture of the network (KG_EXPLORE, default on). */
  explore: boolean;
  /** Whether `__schema` and `__type` may be queried (KG_INTROSPECTION, default on). */
  introspection: boolean;
  /** How long `kg serve` lets requests in flight finish once told to stop, in ms (KG_SHUTDOWN_MS, default 10000). */
  shutdownMs: number;
  /** Whether GET /metrics serves Prometheus metrics (KG_METRICS, default on). */
  metrics: boolean;
  /** Least level of the server's JSON log lines (KG_LOG_LEVEL, default info; silent writes none). */
  logLevel: LogLevel;
  /** A request that takes longer than this, in ms, gets a warn line of its own (KG_SLOW_MS, default 1000). */
  slowMs: number;
  /** How long one GraphQL request may take before it is answered TIMEOUT and its store reads are stopped, in ms (KG_REQUEST_TIMEOUT_MS, default 10000). */
  requestTimeoutMs: number;
  /** Worker threads that extract pages (KG_EXTRACT_WORKERS; 0 extracts on the main thread). Null when unset: `kg serve` then takes cores − 1, `kg ingest` the main thread. */
  extractWorkers: number | null;
  /** Whether the embedded store's search index runs on a worker thread of its own (KG_SEARCH_THREAD, default on). */
  searchThread: boolean;
}

export const LOG_LEVELS = ['trace', 'debug', 'info', 'warn', 'error', 'fatal', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

/** The embedded store's page cache unless KG_BUFFER_POOL_MB says otherwise: enough for a large archive's hot set, a bounded share of a small machine. */
export const DEFAULT_BUFFER_POOL_MB = 1024;

/** The city of the paper the graph is read from: Beijing's 市总工会 is 北京市总工会. */
export const DEFAULT_HOME_CITY = '北京';

/** Concurrent reads on the embedded store unless KG_READ_CONNECTIONS says otherwise: one per thread of Node's default worker pool. */
export const DEFAULT_READ_CONNECTIONS = 4;

/**
 * Free space the embedded store keeps: a batch's log and a checkpoint (which
 * needs about twice the log, up to KG_CHECKPOINT_MB) must fit, since a write
 * cut short by a full disk stops the store for the rest of the process.
 */
export const DEFAULT_MIN_FREE_MB = 64;

/**
 * Log size after which the embedded store checkpoints. A checkpoint rewrites
 * the parts of the store file the log touches, and a batch of pages touches
 * hub nodes all over it, so its cost grows with the store: at 10,000 pages one
 * took 6 s. A larger log means fewer of them (a first ingest of 1,000 pages:
 * 31 s and a 111 MB file at 16 MiB, 25 s and 36 MB at 256), and more memory:
 * the log's changes are held in memory until the checkpoint, about four times
 * the log's size.
 */
export const DEFAULT_CHECKPOINT_MB = 256;

/** No other site's pages may call the API unless KG_CORS_ORIGINS names them. */
export const DEFAULT_CORS_ORIGINS: readonly string[] = Object.freeze([]);

/** GraphiQL and introspection are on unless switched off: they are how a newcomer learns the schema. */
export const DEFAULT_GRAPHIQL = true;
export const DEFAULT_INTROSPECTION = true;

/** The explore page is on unless switched off: it reads only what /graphql answers anyway. */
export const DEFAULT_EXPLORE = true;

/**
 * Time requests in flight get on SIGTERM: far more than a query within the
 * limits takes. A container's kill timeout should be longer (Docker's is 10 s
 * unless told; docker-compose.yml gives 15 s).
 */
export const DEFAULT_SHUTDOWN_MS = 10_000;

/**
 * The search index indexes and saves on a thread of its own unless switched
 * off. Off, it does so on the main thread: under a file-size limit
 * (`ulimit -f`), a process with a worker thread can be killed by SIGXFSZ
 * where one without gets the write's error.
 */
export const DEFAULT_SEARCH_THREAD = true;

/** Metrics are on unless switched off: a scraper needs nothing else, and they give nothing away but counts and times. */
export const DEFAULT_METRICS = true;

/** A line per request: what an operator reads first. */
export const DEFAULT_LOG_LEVEL: LogLevel = 'info';

/** Ten times what a README example takes on a small machine. */
export const DEFAULT_SLOW_MS = 1000;
/**
 * Time one GraphQL request gets: the README examples take tens of ms, a query
 * at the cost limit well under a second; past it, a request holds read
 * connections that other clients are waiting for.
 */
export const DEFAULT_REQUEST_TIMEOUT_MS = 10_000;
/**
 * `kg serve`'s extraction threads unless KG_EXTRACT_WORKERS says otherwise:
 * every core but the one the main thread answers requests and writes the
 * store on. (`kg ingest` extracts on its main thread unless told: on a
 * 2-core machine threads made it slower, see README.)
 */
export const defaultExtractWorkers = (): number => Math.max(1, availableParallelism() - 1);

/** A whole number of MiB from the environment, at least `min`; the default when unset. */
function mib(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number): number {
  const raw = env[name];
  const n = raw === undefined || raw === '' ? fallback : Number(raw);
  if (!Number.isInteger(n) || n < min) throw new KgError('CONFIG', `${name} must be a whole number of MiB, at least ${min}, got "${raw}"`);
  return n;
}

/** On or off from the environment: 1/0, true/false, on/off, yes/no; the default when unset. */
function onOff(name: string, raw: string | undefined, fallback: boolean): boolean {
  const v = (raw ?? '').trim().toLowerCase();
  if (v === '') return fallback;
  if (['1', 'true', 'on', 'yes'].includes(v)) return true;
  if (['0', 'false', 'off', 'no'].includes(v)) return false;
  throw new KgError('CONFIG', `${name} must be on or off (1/0, true/false, on/off, yes/no), got "${raw}"`);
}

/** `*`, or a list of exact origins (`https://host[:port]`, no path): a browser's Origin header is compared to them as they are. */
function corsOrigins(raw: string | undefined): '*' | readonly string[] {
  const list = (raw ?? '').split(',').map((o) => o.trim()).filter((o) => o !== '');
  if (list.length === 1 && list[0] === '*') return '*';
  for (const o of list) {
    let origin: string | null = null;
    try { origin = new URL(o).origin; } catch { /* not a URL: refused below */ }
    if (origin !== o) {
      throw new KgError('CONFIG', `KG_CORS_ORIGINS must be * or a comma-separated list of origins like https://example.org (scheme, host, optional port, no path or trailing slash), got "${o}"`);
    }
  }
  return list.length ? Object.freeze(list) : DEFAULT_CORS_ORIGINS;
}

/** A whole number of milliseconds from the environment, 0 or more; the default when unset. */
function ms(name: string, raw: string | undefined, fallback: number): number {
  const n = raw === undefined || raw === '' ? fallback : Number(raw);
  if (!Number.isInteger(n) || n < 0) throw new KgError('CONFIG', `${name} must be a whole number of milliseconds, at least 0, got "${raw}"`);
  return n;
}

/** KG_LOG_LEVEL, case aside; the default when unset. */
export function logLevel(env: NodeJS.ProcessEnv = process.env): LogLevel {
  const raw = env.KG_LOG_LEVEL;
  const v = (raw ?? '').trim().toLowerCase();
  if (v === '') return DEFAULT_LOG_LEVEL;
  if (!(LOG_LEVELS as readonly string[]).includes(v)) throw new KgError('CONFIG', `KG_LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}, got "${raw}"`);
  return v as LogLevel;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Readonly<Config> {
  const port = env.PORT === undefined || env.PORT === '' ? 4000 : Number(env.PORT);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new KgError('CONFIG', `PORT must be an integer from 0 to 65535, got "${env.PORT}"`);
  }
  let neo4j: Neo4jConfig | null = null;
  if (env.NEO4J_URI) {
    if (!/^(neo4j|bolt)(\+s|\+ssc)?:\/\//.test(env.NEO4J_URI)) {
      throw new KgError('CONFIG', `NEO4J_URI must start with neo4j:// or bolt://, got "${env.NEO4J_URI}"`);
    }
    neo4j = {
      uri: env.NEO4J_URI,
      user: env.NEO4J_USER ?? 'neo4j',
      password: env.NEO4J_PASSWORD ?? '',
      database: env.NEO4J_DATABASE || undefined,
    };
  }
  const pool = mib(env, 'KG_BUFFER_POOL_MB', DEFAULT_BUFFER_POOL_MB, 64);
  const minFreeMb = mib(env, 'KG_MIN_FREE_MB', DEFAULT_MIN_FREE_MB, 0);
  const checkpointMb = mib(env, 'KG_CHECKPOINT_MB', DEFAULT_CHECKPOINT_MB, 1);
  const reads = env.KG_READ_CONNECTIONS === undefined || env.KG_READ_CONNECTIONS === '' ? DEFAULT_READ_CONNECTIONS : Number(env.KG_READ_CONNECTIONS);
  if (!Number.isInteger(reads) || reads < 1 || reads > 64) {
    throw new KgError('CONFIG', `KG_READ_CONNECTIONS must be a whole number from 1 to 64, got "${env.KG_READ_CONNECTIONS}"`);
  }
  const shutdownMs = ms('KG_SHUTDOWN_MS', env.KG_SHUTDOWN_MS, DEFAULT_SHUTDOWN_MS);
  const timeout = env.KG_REQUEST_TIMEOUT_MS === undefined || env.KG_REQUEST_TIMEOUT_MS === '' ? DEFAULT_REQUEST_TIMEOUT_MS : Number(env.KG_REQUEST_TIMEOUT_MS);
  if (!Number.isInteger(timeout) || timeout < 1) {
    throw new KgError('CONFIG', `KG_REQUEST_TIMEOUT_MS must be a whole number of milliseconds, at least 1, got "${env.KG_REQUEST_TIMEOUT_MS}"`);
  }
  const workers = env.KG_EXTRACT_WORKERS === undefined || env.KG_EXTRACT_WORKERS === '' ? null : Number(env.KG_EXTRACT_WORKERS);
  if (workers !== null && (!Number.isInteger(workers) || workers < 0 || workers > 256)) {
    throw new KgError('CONFIG', `KG_EXTRACT_WORKERS must be a whole number from 0 (extract on the main thread) to 256, got "${env.KG_EXTRACT_WORKERS}"`);
  }
  return Object.freeze({
    dataDir: resolve(env.KG_DATA_DIR || './data'),
    neo4j: neo4j && Object.freeze(neo4j),
    port,
    ingestToken: env.KG_INGEST_TOKEN || null,
    bufferPoolMb: pool,
    readConnections: reads,
    homeCity: (env.KG_HOME_CITY ?? '').trim() || DEFAULT_HOME_CITY,
    minFreeMb,
    checkpointMb,
    corsOrigins: corsOrigins(env.KG_CORS_ORIGINS),
    graphiql: onOff('KG_GRAPHIQL', env.KG_GRAPHIQL, DEFAULT_GRAPHIQL),
    explore: onOff('KG_EXPLORE', env.KG_EXPLORE, DEFAULT_EXPLORE),
    introspection: onOff('KG_INTROSPECTION', env.KG_INTROSPECTION, DEFAULT_INTROSPECTION),
    shutdownMs,
    metrics: onOff('KG_METRICS', env.KG_METRICS, DEFAULT_METRICS),
    logLevel: logLevel(env),
    slowMs: ms('KG_SLOW_MS', env.KG_SLOW_MS, DEFAULT_SLOW_MS),
    requestTimeoutMs: timeout,
    extractWorkers: workers,
    searchThread: onOff('KG_SEARCH_THREAD', env.KG_SEARCH_THREAD, DEFAULT_SEARCH_THREAD),
  });
}
