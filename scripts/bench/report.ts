// The benchmark's figures as a readable table: one column per corpus size.
type Size = Record<string, any>;

const fmt = (v: unknown, digits = 1): string => {
  if (v === null || v === undefined || (typeof v === 'number' && !Number.isFinite(v))) return '-';
  if (typeof v !== 'number') return String(v);
  return Math.abs(v) >= 1000 ? v.toFixed(0) : v.toFixed(digits);
};

/** Columns a string takes in a terminal: a Chinese character takes two. */
const width = (s: string) => [...s].reduce((n, c) => n + (/[\u2e80-\uffef]/u.test(c) ? 2 : 1), 0);
const pad = (s: string, w: number, left: boolean) => (left ? s + ' '.repeat(w - width(s)) : ' '.repeat(w - width(s)) + s);

function table(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(width(h), ...rows.map((r) => width(r[i]))));
  const line = (r: string[]) => r.map((c, i) => pad(c, widths[i], i === 0)).join('  ');
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

export function formatReport(sizes: Size[], kgHelpMs: number): string {
  const head = ['', ...sizes.map((s) => `${s.pages} pages`)];
  const row = (label: string, f: (s: Size) => unknown, digits?: number) => [label, ...sizes.map((s) => fmt(f(s), digits))];
  const main = table(head, [
    row('articles', (s) => s.articles, 0),
    row('distinct people', (s) => s.people, 0),
    row('extract pages/s (1 core)', (s) => s.extract_pages_per_s),
    row('extract MB/s (1 core)', (s) => s.extract_mb_per_s, 3),
    row('jieba tag MB/s (floor)', (s) => s.extract_floor_mb_per_s, 2),
    row('extract time / jieba time', (s) => s.extract_vs_floor),
    row('ingest articles/s', (s) => s.ingest_articles_per_s),
    row('  first 10%', (s) => s.ingest_first10_articles_per_s),
    row('  last 10%', (s) => s.ingest_last10_articles_per_s),
    row('ingest rows/s', (s) => s.ingest_rows_per_s, 0),
    row('ingest s', (s) => s.ingest_secs, 0),
    row('COPY rows/s', (s) => s.bulk_load_rows_per_s, 0),
    row('COPY / ingest rows/s', (s) => s.bulk_vs_ingest_rows_per_s),
    row('store MB (ingest)', (s) => s.store_mb),
    row('  store file', (s) => s.graph_mb),
    row('  search index file', (s) => s.search_index_mb),
    row('  store file after kg compact', (s) => s.compacted_graph_mb),
    row('  kg compact s', (s) => s.compact_secs),
    row('store MB (COPY)', (s) => s.bulk_store_mb),
    row('compacted / COPY', (s) => s.compacted_vs_bulk_store, 2),
    row('store MB / 1k articles', (s) => s.store_mb_per_1k_articles, 2),
    row('  COPY store', (s) => s.bulk_store_mb_per_1k_articles, 2),
    row('peak RSS MB (ingest)', (s) => s.peak_rss_mb_ingest, 0),
    row('peak RSS MB (queries)', (s) => s.peak_rss_mb_queries, 0),
  ]);
  const names = [...new Set(sizes.flatMap((s) => Object.keys(s.queries ?? {})))];
  const qhead = ['query (ms)', ...sizes.flatMap((s) => [`p50@${s.pages}`, 'p99', 'raw p50', 'reads'])];
  const cell = (q: any, asked: number) => {
    if (!q) return ['-', '-', '-', '-'];
    if (q.timed_out) return [q.first_ms ? `${fmt(q.first_ms)} (once)` : `>${q.cap_s} s`, 'stopped', '-', '-'];
    if (q.error && q.p50_ms === null) return ['error', '-', fmt(q.raw_p50_ms ?? q.raw_first_ms), '-'];
    const p50 = q.p50_ms ?? q.first_ms;
    const n = q.slow ? ' (once)' : q.runs < asked ? ` (n=${q.runs})` : '';
    return [`${fmt(p50)}${n}`, fmt(q.p99_ms), `${fmt(q.raw_p50_ms ?? q.raw_first_ms)}${q.raw_p50_ms === null && q.raw_first_ms !== null ? ' (once)' : ''}`, fmt(q.round_trips, 1)];
  };
  const queries = table(qhead, names.map((n) => [width(n) > 56 ? `${[...n].slice(0, 40).join('')}…` : n, ...sizes.flatMap((s) => cell(s.queries?.[n], s.query_runs))]));
  const errors = sizes.flatMap((s) => Object.values(s.queries ?? {}).filter((q: any) => q.error).map((q: any) => `  ${s.pages} pages, ${q.name}: ${q.error}`));
  return [main, '', queries, ...(errors.length ? ['', 'errors:', ...errors] : []), '', `node bin/kg.js --help: ${fmt(kgHelpMs, 0)} ms (median of 5)`].join('\n');
}
