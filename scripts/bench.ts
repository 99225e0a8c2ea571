// The archive-scale benchmark: for each corpus size, a generated corpus
// (scripts/gen-corpus.ts) is extracted, ingested and bulk-loaded, and the API
// queried over the ingested store (scripts/bench/). Each size runs in a
// process of its own. Figures are medians and ratios measured in the same
// run, never pass/fail times: the machine's speed is not the code's.
//   npm run bench [-- --quick | --full | --pages 1000,10000] [--runs 50] [--out bench-results.json]
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { formatReport } from './bench/report.ts';
import { machine, median } from './bench/stats.ts';

const arg = (name: string) => { const i = process.argv.indexOf(`--${name}`); return i >= 0 ? process.argv[i + 1] : undefined; };
const has = (name: string) => process.argv.includes(`--${name}`);
const quick = has('quick');
const sizes = arg('pages')?.split(',').map(Number) ?? (quick ? [300] : has('full') ? [1000, 10_000, 80_000] : [1000, 10_000]);
const runs = Number(arg('runs') ?? (quick ? 10 : 50));
const out = resolve(arg('out') ?? 'bench-results.json');
const seed = arg('seed') ?? '1';
const repo = resolve(import.meta.dirname, '..');

function kgHelpMs(): number {
  const ms: number[] = [];
  for (let i = 0; i < 5; i++) {
    const t = performance.now();
    execFileSync(process.execPath, [join(repo, 'bin', 'kg.js'), '--help'], { stdio: 'ignore' });
    ms.push(performance.now() - t);
  }
  return median(ms);
}

const started = performance.now();
const tmp = mkdtempSync(join(tmpdir(), 'kg-bench-parts-'));
const results: Record<string, unknown>[] = [];
try {
  for (const pages of sizes) {
    const part = join(tmp, `${pages}.json`);
    const args = ['--import', 'tsx', join(repo, 'scripts', 'bench', 'size.ts'), '--pages', String(pages), '--seed', seed, '--runs', String(runs), '--out', part];
    if (quick) args.push('--cap-s', '60', '--budget-s', '20');
    if (arg('corpus') && sizes.length === 1) args.push('--corpus', arg('corpus')!);
    const r = spawnSync(process.execPath, args, { stdio: 'inherit', cwd: repo });
    if (r.status !== 0) { console.error(`${pages} pages: the run failed (exit ${r.status ?? r.signal})`); process.exitCode = 1; continue; }
    results.push(JSON.parse(readFileSync(part, 'utf8')));
  }
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
const help = kgHelpMs();
const m = machine();
const report = { date: new Date().toISOString(), machine: m, cores: m.cores, runs, kg_help_ms: Math.round(help), secs: Math.round((performance.now() - started) / 1000), sizes: results };
writeFileSync(out, JSON.stringify(report, null, 2) + '\n');
console.log(`\n${m.cpu}, ${m.cores} cores, node ${m.node}; ${runs} runs per query; ${report.secs} s in all\n`);
console.log(formatReport(results, help));
console.log(`\nfigures: ${out}`);
