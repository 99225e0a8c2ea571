// Stage (c), the watching side: runs queryWorker.ts on the ingested store and
// collects its lines. A query whose one run is still going after `capSecs`
// is recorded as timed out; the worker is stopped and started again at the
// next query, so one query that never ends costs its cap and no more.
import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { QueryJob, QueryResult } from './queryWorker.ts';

const WORKER = join(import.meta.dirname, 'queryWorker.ts');

interface WorkerRun { results: QueryResult[]; next: number; total: number; peak_rss_mb: number; finished: boolean; deep?: { offset: number; of: number } }

function runWorker(storeDir: string, jobFile: string, from: number, capSecs: number, log: (s: string) => void): Promise<WorkerRun> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', WORKER, storeDir, jobFile, String(from)], { stdio: ['ignore', 'pipe', 'inherit'] });
    const run: WorkerRun = { results: [], next: from, total: Infinity, peak_rss_mb: 0, finished: false };
    let current: { index: number; name: string; first: number | null } | null = null;
    let timer: NodeJS.Timeout | undefined;
    let buf = '';
    const arm = (secs = capSecs) => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        if (current) {
          log(`  ${current.name}: a run still going after ${capSecs} s, stopped${current.first === null ? '' : ` (first run ${current.first.toFixed(0)} ms)`}`);
          run.results.push({
            name: current.name, runs: 0, first_ms: current.first ?? 0, cap_s: capSecs, p50_ms: null, p95_ms: null, p99_ms: null,
            raw_first_ms: null, raw_p50_ms: null, round_trips: null, raw_statements: 0, timed_out: true,
          });
          run.next = current.index + 1;
        }
        child.kill('SIGKILL');
      }, secs * 1000);
    };
    arm(capSecs + 120); // and two minutes more to open the store
    child.stdout.on('data', (d: Buffer) => {
      buf += d.toString('utf8');
      let nl;
      while ((nl = buf.indexOf('\n')) >= 0) {
        const line = buf.slice(0, nl);
        buf = buf.slice(nl + 1);
        if (!line.startsWith('@@ ')) continue;
        const msg = JSON.parse(line.slice(3));
        arm(); // any line: the run in hand is not stuck
        if ('start' in msg) { current = { index: msg.start, name: msg.name, first: null }; run.total = msg.of; }
        if ('first' in msg && current) current.first = msg.first;
        if ('result' in msg) {
          const r = msg.result as QueryResult;
          run.results.push(r);
          run.next = (current?.index ?? run.next) + 1;
          log(`  ${r.name}: ${r.error ? `error ${r.error.slice(0, 120)}` : `${r.p50_ms === null ? `once ${r.first_ms.toFixed(0)}` : `p50 ${r.p50_ms.toFixed(1)}`} ms, raw ${r.raw_p50_ms?.toFixed(1) ?? r.raw_first_ms?.toFixed(0) ?? '-'} ms, ${r.round_trips} reads`}`);
          current = null;
        }
        if ('deep_offset' in msg) run.deep = { offset: msg.deep_offset, of: msg.of_articles };
        if ('done' in msg) { run.finished = true; run.peak_rss_mb = msg.peak_rss_mb; }
      }
    });
    child.on('exit', () => { clearTimeout(timer); resolve(run); });
  });
}

export async function queryStage(storeDir: string, tmp: string, job: QueryJob, capSecs: number, log: (s: string) => void) {
  const jobFile = join(tmp, 'query-job.json');
  writeFileSync(jobFile, JSON.stringify(job));
  const results: QueryResult[] = [];
  let peak = 0;
  let from = 0;
  let deep: WorkerRun['deep'];
  for (let attempt = 0; attempt < 50; attempt++) {
    const run = await runWorker(storeDir, jobFile, from, capSecs, log);
    results.push(...run.results);
    peak = Math.max(peak, run.peak_rss_mb);
    deep ??= run.deep;
    if (run.finished || run.next >= run.total || run.next === from && run.results.length === 0) break;
    from = run.next;
  }
  return { queries: results, peak_rss_mb: peak, deep_page: deep };
}
