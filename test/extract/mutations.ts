// Pages built from the seed pages by the damage a page layout or a text dump
// does to them: lost and doubled lines, cut lines, missing marks, other
// punctuation, noise. The corpus is generated from a fixed seed, so a failure
// reproduces; nothing is stored on disk.

/** A small fixed-seed PRNG (mulberry32): the same seed gives the same pages. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Rand = () => number;
const pick = <T>(r: Rand, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)];
const lines = (page: string) => page.split('\n');
const paragraphs = (page: string) => page.split(/\n\s*\n/);

const FULL = '（），：；！？';
const HALF = '(),:;!?';
const toHalf = (s: string) => s.replace(/[（），：；！？]/g, (c) => HALF[FULL.indexOf(c)]);
const toFull = (s: string) => s.replace(/[(),:;!?]/g, (c) => FULL[HALF.indexOf(c)]);

const NOISE = [
  'Page 3 of 12', '2024-07-15 08:30', '<div class="ad">广告</div>', '<br/>', '&nbsp;&nbsp;',
  'http://www.bjzgh.org/news/123.html', '1234567890', 'ISSN 1009-0533', '——', '###', '**',
  '（上接第1版）', '（下转第2版）', 'A', '责任编辑：王雪', '<p>本报讯</p>',
  // bylines and marks with nothing in them
  '本报讯', '（记者 ）', '记者', '摄', '本报记者 摄', '通讯员', '。', '“', '）', '■', '——', '## ', '😀🎉',
];

const CHAR_NOISE = ['x', '1', ' ', '，', '。', '、', '“', '（', '）', '#', '\n', '\n\n', '记者', '摄', '主席', '工会', '区', '张'];

export type Mutation = (page: string, r: Rand, other: string) => string;

export const MUTATIONS: Record<string, Mutation> = {
  dropLines: (p, r) => lines(p).filter(() => r() > 0.15).join('\n'),
  duplicateLines: (p, r) => lines(p).flatMap((l) => (r() < 0.1 ? [l, '', l] : [l])).join('\n'),
  shuffleParagraphs: (p, r) => {
    const ps = paragraphs(p);
    for (let i = ps.length - 1; i > 0; i--) { const j = Math.floor(r() * (i + 1)); [ps[i], ps[j]] = [ps[j], ps[i]]; }
    return ps.join('\n\n');
  },
  cutLines: (p, r) => lines(p).flatMap((l) => {
    if (l.length < 4 || r() > 0.3) return [l];
    const at = 1 + Math.floor(r() * (l.length - 1));
    return [l.slice(0, at), '', l.slice(at)];
  }).join('\n'),
  stripMarks: (p) => p.replace(/#/g, ''),
  halfWidth: (p) => toHalf(p),
  fullWidth: (p) => toFull(toHalf(p)),
  mixedWidth: (p, r) => lines(p).map((l) => (r() < 0.5 ? toHalf(l) : toFull(l))).join('\n'),
  noDatelines: (p) => p.replace(/^(\*\*)?本报讯(\*\*)?([（(][^）)]*[）)])?/gmu, ''),
  joinPages: (p, _r, other) => `${p}\n\n${other}`,
  noise: (p, r) => lines(p).flatMap((l) => (r() < 0.15 ? [l, '', pick(r, NOISE)] : [l])).join('\n'),
  oneLongLine: (p) => p.replace(/\s*\n\s*/g, ''),
  onlyTitles: (p) => lines(p).filter((l) => l.startsWith('#')).join('\n\n'),
  titlesNoMarks: (p) => lines(p).filter((l) => l.startsWith('#')).map((l) => l.replace(/^#+\s*/, '')).join('\n\n'),
  cutAndNoise: (p, r, o) => MUTATIONS.noise(MUTATIONS.cutLines(MUTATIONS.dropLines(p, r, o), r, o), r, o),
  markupChars: (p, r) => lines(p).map((l) => (r() < 0.1 ? `**${l}**` : r() < 0.1 ? `> ${l}` : l)).join('\n'),
  crlf: (p) => p.replace(/\n/g, '\r\n'),
  /** Stray characters and words inside lines: a mark, a digit, a line break, a title word. */
  charNoise: (p, r) => [...p].map((c) => (r() < 0.02 ? c + pick(r, CHAR_NOISE) : c)).join(''),
  noStops: (p) => p.replace(/[，。、；：,.;:]/g, ' '),
  spacedNames: (p) => p.replace(/(\p{Script=Han})(\p{Script=Han})/gu, (m, a, b) => (a.charCodeAt(0) % 7 === 0 ? `${a} ${b}` : m)),
  /** Several kinds of damage at once, drawn at random. */
  compound: (p, r, o) => {
    const names = Object.keys(MUTATIONS).filter((n) => !['compound', 'oneLongLine', 'onlyTitles', 'titlesNoMarks'].includes(n));
    for (let k = 0; k < 3; k++) p = MUTATIONS[pick(r, names)](p, r, o);
    return p;
  },
};

/** Every mutation of every seed page, `rounds` times with different random draws. */
export function mutatedCorpus(seeds: { file: string; text: string }[], rounds: number, seed = 20240715) {
  const r = rng(seed);
  const out: { name: string; text: string }[] = [];
  for (let k = 0; k < rounds; k++) {
    for (const [i, s] of seeds.entries()) {
      for (const [m, f] of Object.entries(MUTATIONS)) {
        const other = seeds[(i + 1 + k) % seeds.length].text;
        out.push({ name: `${s.file}~${m}#${k}`, text: f(s.text, r, other) });
      }
    }
  }
  return out;
}
