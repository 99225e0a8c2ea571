// What the generator knows of the corpus it wrote (corpus-gold.json): per
// page the names it put in each article, and the counts a benchmark or a
// test checks against (pages, articles, distinct people, the most named).
import type { GeneratedPage } from './generate.ts';

export interface GoldArticle { from: string; headline: string; people: string[]; authors: string[]; organizations: string[] }
export interface GoldPage { file: string; date: string; articles: GoldArticle[] }
export interface Ranked { name: string; articles: number }

export interface CorpusGold {
  seed: number;
  counts: { pages: number; articles: number; people: number; person_mentions: number; authors: number; bytes: number };
  /** People by the number of articles naming them, most first (50). */
  top_people: Ranked[];
  /** Of those, the people who are never in a byline (participants, officials). */
  top_subjects: Ranked[];
  top_authors: Ranked[];
  /** Districts by the number of articles whose text names them (full name). */
  districts: Ranked[];
  pages: GoldPage[];
}

const DISTRICT_NAMES = ['东城区', '西城区', '朝阳区', '海淀区', '丰台区', '石景山区', '门头沟区', '房山区',
  '通州区', '顺义区', '昌平区', '大兴区', '怀柔区', '平谷区', '密云区', '延庆区', '北京经济技术开发区'];

const ranked = (m: Map<string, number>, n: number): Ranked[] =>
  [...m].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, n).map(([name, articles]) => ({ name, articles }));

/** Collects the gold of pages as they are written, keeping none of their text. */
export class GoldCollector {
  private readonly pages: GoldPage[] = [];
  private readonly people = new Map<string, number>();
  private readonly authors = new Map<string, number>();
  private readonly districts = new Map<string, number>();
  private mentions = 0;
  private bytes = 0;

  add(page: GeneratedPage): void {
    this.bytes += Buffer.byteLength(page.text);
    for (const a of page.articles) {
      for (const p of a.people) this.people.set(p, (this.people.get(p) ?? 0) + 1);
      for (const p of a.authors) this.authors.set(p, (this.authors.get(p) ?? 0) + 1);
      for (const d of DISTRICT_NAMES) if (a.text.includes(d)) this.districts.set(d, (this.districts.get(d) ?? 0) + 1);
      this.mentions += a.people.length;
    }
    this.pages.push({
      file: page.path,
      date: page.date,
      articles: page.articles.map(({ from, headline, people, authors, organizations }) => ({ from, headline, people, authors, organizations })),
    });
  }

  result(seed: number): CorpusGold {
    const subjects = new Map([...this.people].filter(([name]) => !this.authors.has(name)));
    return {
      seed,
      counts: {
        pages: this.pages.length,
        articles: this.pages.reduce((n, p) => n + p.articles.length, 0),
        people: this.people.size,
        person_mentions: this.mentions,
        authors: this.authors.size,
        bytes: this.bytes,
      },
      top_people: ranked(this.people, 50),
      top_subjects: ranked(subjects, 50),
      top_authors: ranked(this.authors, 50),
      districts: ranked(this.districts, DISTRICT_NAMES.length),
      pages: this.pages,
    };
  }
}
