// Pages of a generated archive: each issue day has 16 pages; each page holds
// 3–10 articles (about 6) drawn from the source articles and rewritten
// (rewrite.ts). Issue days are spread evenly over ten years from 2015, or
// are consecutive days where there are more issues than days. Everything
// random comes from one seeded stream, in page order.
import { NameDrawer } from './names.ts';
import { mulberry32, weighted } from './random.ts';
import { rewriteArticle, type RewrittenArticle } from './rewrite.ts';
import type { SourceArticle } from './sources.ts';

export const PAGES_PER_ISSUE = 16;
const FIRST_DAY = Date.UTC(2015, 0, 1);
const SPAN_DAYS = 3652;
/** Articles per page and how often: mean about 6. */
const ARTICLES_PER_PAGE: readonly (readonly [number, number])[] = [[3, 5], [4, 10], [5, 18], [6, 22], [7, 18], [8, 12], [9, 8], [10, 7]];
const PAGE_NAMES = ['要闻', '要闻', '工会', '工会', '综合', '职工', '维权', '视点', '区县', '基层', '产业', '文化', '体育', '健康', '副刊', '专版'];
const WEEKDAYS = [...'日一二三四五六'];

export interface GeneratedPage {
  /** Relative path: `2015/03/04/2015-03-04_p03.txt` (the file name alone is the page's id in the graph, so it holds the day). */
  path: string;
  date: string;
  number: number;
  text: string;
  articles: RewrittenArticle[];
}

/** The issue day of issue `k` of `issues`, as YYYY-MM-DD. */
export function issueDay(k: number, issues: number): string {
  const offset = issues <= SPAN_DAYS ? Math.floor((k * SPAN_DAYS) / issues) : k;
  return new Date(FIRST_DAY + offset * 86_400_000).toISOString().slice(0, 10);
}

/** The header line a printed page carries: `劳动午报 2024年3月14日 星期四 第3版 工会`. */
function headerLine(date: string, number: number): string {
  const [y, m, d] = date.split('-').map(Number);
  const weekday = WEEKDAYS[new Date(Date.UTC(y, m - 1, d)).getUTCDay()];
  return `劳动午报 ${y}年${m}月${d}日 星期${weekday} 第${number}版 ${PAGE_NAMES[(number - 1) % PAGE_NAMES.length]}`;
}

export function* generatePages(sources: readonly SourceArticle[], pages: number, seed: number): Generator<GeneratedPage> {
  if (sources.length < 10) throw new Error(`only ${sources.length} source articles: at least 10 are needed`);
  const rand = mulberry32(seed);
  const names = new NameDrawer(seed, rand);
  const issues = Math.ceil(pages / PAGES_PER_ISSUE);
  for (let i = 0; i < pages; i++) {
    const date = issueDay(Math.floor(i / PAGES_PER_ISSUE), issues);
    const number = (i % PAGES_PER_ISSUE) + 1;
    const n = weighted(rand, ARTICLES_PER_PAGE);
    const picked = new Set<number>();
    while (picked.size < n) picked.add(Math.floor(rand() * sources.length)); // one source article at most once a page
    const articles = [...picked].map((k) => rewriteArticle(sources[k], names, rand));
    const nn = String(number).padStart(2, '0');
    yield {
      path: `${date.replaceAll('-', '/')}/${date}_p${nn}.txt`,
      date,
      number,
      text: [headerLine(date, number), ...articles.map((a) => a.text)].join('\n\n') + '\n',
      articles,
    };
  }
}
