// How `kg ingest` and `kg extract` show their way through the pages. On a
// terminal: one bar on stderr, drawn by cli-progress,
//   [==============----------]  12/300 pages | 4.2 pages/s | 1m 08s left
// with what must not be lost (a failed page, a signal) printed above it.
// Anywhere else (a pipe, a file, a CI log): the plain line per page the
// command has always printed, and no control codes.
import cliProgress from 'cli-progress';

export interface PageProgress {
  /**
   * One page done. `line` is its plain line (null: none); `notable` lines
   * (a failure) are printed above the bar as well, the others only without one.
   */
  page(line: string | null, notable?: boolean): void;
  /** A message of the run's own (`SIGINT: finishing…`): above the bar, or on stderr. */
  note(line: string): void;
  /** Draws the last state and gives the terminal line back; safe to call twice. */
  stop(): void;
}

/** Whether a bar is drawn: stderr is a terminal, and stdout is one too or carries nothing per page. */
export function wantsBar(stdoutFree: boolean): boolean {
  return Boolean(process.stderr.isTTY) && (stdoutFree || Boolean(process.stdout.isTTY));
}

/** Plain lines: each page's on `out` (stdout for ingest), notes on stderr. */
export function plainProgress(out: (line: string) => void): PageProgress {
  return {
    page: (line) => { if (line !== null) out(line); },
    note: (line) => { process.stderr.write(`${line}\n`); },
    stop: () => undefined,
  };
}

/** The bar on stderr for `total` pages. */
export function barProgress(total: number, stream: NodeJS.WriteStream = process.stderr): PageProgress {
  const started = Date.now();
  const bars = new cliProgress.MultiBar({
    stream,
    format: (options, params) => formatBar(params.value, params.total, (Date.now() - started) / 1000, options.barsize ?? 30)
      .slice(0, Math.max(20, params.maxWidth - 1)),
    barsize: 30,
    // Leave the terminal's modes alone (a killed run would leave them changed); the line is cut to its width instead.
    linewrap: true,
    hideCursor: false,
    fps: 10,
  });
  const bar = bars.create(total, 0);
  let done = 0, last = 0, stopped = false;
  const draw = (force: boolean) => {
    // Extraction is synchronous: the library's timer would not fire between pages, so the bar is drawn from here.
    const now = Date.now();
    if (force || now - last >= 100) { last = now; bars.update(); }
  };
  return {
    page(line, notable = false) {
      if (stopped) return;
      bar.update(++done);
      if (notable && line !== null) bars.log(`${line}\n`);
      draw(notable);
    },
    note(line) {
      if (stopped) { process.stderr.write(`${line}\n`); return; }
      bars.log(`${line}\n`);
      draw(true);
    },
    stop() {
      if (stopped) return;
      stopped = true;
      bars.update();
      bars.stop();
    },
  };
}

/** `[=====-----]  12/300 pages | 4.2 pages/s | 1m 08s left`; the rate and time left once a page is done. */
export function formatBar(done: number, total: number, seconds: number, width = 30): string {
  const filled = total > 0 ? Math.round((Math.min(done, total) / total) * width) : width;
  const bar = `[${'='.repeat(filled)}${'-'.repeat(width - filled)}]`;
  const count = `${String(done).padStart(String(total).length)}/${total} pages`;
  if (done === 0 || seconds <= 0) return `${bar} ${count}`;
  const rate = done / seconds;
  const left = done >= total ? `done in ${duration(seconds)}` : `${duration((total - done) / rate)} left`;
  return `${bar} ${count} | ${rate >= 10 ? rate.toFixed(0) : rate.toFixed(1)} pages/s | ${left}`;
}

/** 7s, 1m 08s, 2h 05m. */
export function duration(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  if (s < 60) return `${s}s`;
  if (s < 3600) return `${Math.floor(s / 60)}m ${String(s % 60).padStart(2, '0')}s`;
  return `${Math.floor(s / 3600)}h ${String(Math.floor((s % 3600) / 60)).padStart(2, '0')}m`;
}
