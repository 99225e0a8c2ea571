// What extractPage's output must hold on any page: consistent with itself,
// with the closed lists of types.ts and with the page's text. Used by
// invariants.test.ts on the seed pages and on pages damaged from them.
import { extractPage } from '../../src/extract/pipeline.ts';
import {
  ACTIVITY_KINDS, AUTHOR_ROLES, DISTRICTS, ORG_KINDS, PARTICIPANT_ROLES, type ArticleFacts, type PageExtraction,
} from '../../src/extract/types.ts';

/** Width and spacing do not matter for where a piece of text comes from. */
const norm = (s: string) => s.normalize('NFKC').replace(/[\s*#]/g, '');
const NAME = /^\p{Script=Han}{2,4}$/u;

function dups(xs: string[]): string[] {
  return xs.filter((x, i) => xs.indexOf(x) !== i);
}

/** The violations of one article's facts, as readable lines ([] when consistent). */
export function articleViolations(a: ArticleFacts, page: string): string[] {
  const bad: string[] = [];
  const own = norm([a.section ?? '', a.headline ?? '', ...a.alt_titles, a.body].join('\n'));
  const pageText = norm(page);
  const people = new Set(a.people.map((p) => p.name));
  const authors = new Set(a.authors.map((p) => p.name));
  const orgNames = new Set(a.organizations.flatMap((o) => [o.name, ...o.aliases]));
  const name = (what: string, n: string, where: string) => {
    if (!NAME.test(n)) bad.push(`${what} ${n}: not 2-4 Han characters`);
    if (!where.includes(n)) bad.push(`${what} ${n}: not in the text`);
  };
  // Authors are named in the dateline and credit lines, which the body leaves out: the page holds them.
  for (const p of a.authors) name('author', p.name, pageText);
  for (const p of a.people) name('person', p.name, authors.has(p.name) ? pageText : own);
  for (const p of a.participants) name('participant', p.name, own);
  for (const p of a.positions) name('position holder', p.name, own);
  for (const p of a.participants) {
    if (!people.has(p.name)) bad.push(`participant ${p.name}: not among people`);
    if (authors.has(p.name)) bad.push(`participant ${p.name}: an author`);
    if (!p.roles.length) bad.push(`participant ${p.name}: no role`);
    for (const r of p.roles) if (!(PARTICIPANT_ROLES as readonly string[]).includes(r)) bad.push(`role ${r}`);
    bad.push(...dups(p.roles).map((r) => `participant ${p.name}: role ${r} twice`));
  }
  for (const p of a.positions) {
    if (!people.has(p.name)) bad.push(`position holder ${p.name}: not among people`);
    if (!orgNames.has(p.organization)) bad.push(`position ${p.name}@${p.organization}: organization not listed`);
    if (!p.titles.length) bad.push(`position ${p.name}@${p.organization}: no title`);
    bad.push(...dups(p.titles).map((t) => `position ${p.name}: title ${t} twice`));
  }
  for (const o of a.activity.organizers) if (!orgNames.has(o)) bad.push(`organizer ${o}: organization not listed`);
  for (const u of a.authors) if (!(AUTHOR_ROLES as readonly string[]).includes(u.role)) bad.push(`author role ${u.role}`);
  for (const o of a.organizations) if (!(ORG_KINDS as readonly string[]).includes(o.kind)) bad.push(`org kind ${o.kind}`);
  if (!(ACTIVITY_KINDS as readonly string[]).includes(a.activity.kind)) bad.push(`activity kind ${a.activity.kind}`);
  for (const d of a.activity.districts) if (!(DISTRICTS as readonly string[]).includes(d)) bad.push(`district ${d}`);
  for (const p of a.places) if (p.district !== null && !(DISTRICTS as readonly string[]).includes(p.district)) bad.push(`place district ${p.district}`);
  const lists: [string, string[]][] = [
    ['authors', a.authors.map((u) => `${u.name}/${u.role}`)],
    ['people', a.people.map((p) => p.name)],
    ['participants', a.participants.map((p) => p.name)],
    ['positions', a.positions.map((p) => `${p.name}@${p.organization}`)],
    // A short form resolves in context (GUIDELINE): `街道总工会` or `市金融工会` can stand for two
    // bodies at two places of one article, so an alias may be shared; a canonical name may not.
    ['organizations', a.organizations.map((o) => o.name)],
    ...a.organizations.map((o): [string, string[]] => [`aliases of ${o.name}`, [o.name, ...o.aliases]]),
    ['alias that names another body', a.organizations.flatMap((o) => o.aliases.filter((x) => a.organizations.some((b) => b.name === x)))
      .flatMap((x) => [x, x])],
    ['places', a.places.map((p) => p.name)],
    ['districts', a.activity.districts],
    ['organizers', a.activity.organizers],
    ['alt_titles', a.alt_titles],
  ];
  for (const [what, xs] of lists) bad.push(...dups(xs).map((x) => `${what}: ${x} twice`));
  return bad;
}

/**
 * The page's text is all in the output, once: every line of the page that has
 * any text of its own is found in some article's titles or body (a dateline
 * or credit line only by what follows the byline), and no stretch of body text
 * comes out more often than the page holds it.
 */
export function coverageViolations(out: PageExtraction, page: string): string[] {
  const bad: string[] = [];
  const all = out.articles.map((a) => norm([a.section ?? '', a.headline ?? '', ...a.alt_titles, a.body].join('\n'))).join('\n');
  const bodies = out.articles.map((a) => norm(a.body)).join('\n');
  // Page furniture between two halves of a cut sentence is no text of theirs: `娘家` / `责任编辑：…` / `人”的温暖`.
  const pageText = norm(page.split(/\r\n|\r|\n/).filter((l) => !isNote(l)).join('\n'));
  const count = (hay: string, needle: string) => hay.split(needle).length - 1;
  for (const raw of page.split(/\r\n|\r|\n/)) {
    // A dateline's byline goes to the authors; what follows it is the article's text.
    // (a bracket opening a line may close a byline cut at a column break: `本报讯（记者 刘欣欣` / `）“这几`)
    const line = norm(raw).replace(/^\p{Script=Han}{0,6}[报刊网]讯(?:[（(][^）)]*(?:[）)]|$))?/u, '').replace(/^[）)]/u, '')
      .replace(/^[^（(）)]{0,20}(?:记者|通讯员)[^（(）)]{0,30}[）)]/u, ''); // `记者 陈曦）连日来，`: a byline cut after its opening bracket
    if (!/\p{Script=Han}/u.test(line)) continue;
    // The last 8 characters of a line are its own text whatever opens it.
    const tail = line.slice(-8);
    if (!all.includes(tail) && !isFurniture(raw)) bad.push(`lost: ${raw.slice(0, 40)}`);
    if (line.length >= 8 && !isNote(raw) && count(bodies, tail) > count(pageText, tail)) bad.push(`doubled: ${raw.slice(0, 40)}`);
  }
  return bad;
}

/**
 * Lines that are no article's text by design: a credit line (its names go to
 * the authors), the page's slogan of two or more set phrases (it titles no
 * article, GUIDELINE), the editor's line of the page.
 */
function isFurniture(raw: string): boolean {
  // every furniture line is short: longer lines are text (and the patterns need not scan them)
  if (raw.length > 60) return false;
  const t = raw.replace(/[#*]/g, '').trim();
  return /^[\p{Script=Han}\d“”]{2,}(?:[ \u3000]+[\p{Script=Han}\d“”]{2,})+$/u.test(t) || isNote(raw);
}

/** Furniture that no sentence reads across: a credit, a byline, an editor line, a continuation note. */
function isNote(raw: string): boolean {
  if (raw.length > 60) return false;
  const t = raw.replace(/[#*]/g, '').trim();
  return /(?:记者|通讯员|实习生)[\s\p{Script=Han}、/／]*摄(?:影报道|影)?$/u.test(t)
    || /^(?:责任编辑|编辑|校对|美编)[：:]/u.test(t)
    // a note on its own line that says where the text goes on: `（下转第2版）`
    || /^[（(]\s*[上下](?:接|转)第?\s*\d+\s*版\s*[）)]$/u.test(t)
    // a byline on its own line: `记者赵丽君`, `本报记者 张晶 通讯员 王哲`
    || /^(?:[□■◎●]|文[/／])?(?:本报|实习|见习|特约|摄影)?(?:记者|通讯员)[ \u3000\p{Script=Han}]{2,30}$/u.test(t)
    // the end of a name of a byline cut by a column break: `欣)`
    || /^\p{Script=Han}{1,3}[）)]$/u.test(t)
    // a byline with no name in it: `（记者 ）`
    || /^[（(]\s*(?:本报)?(?:记者|通讯员|实习记者|摄影记者)?\s*[）)]$/u.test(t)
    // a line cut inside a credit holds only names: `曹立栋 摄`
    || /^[\p{Script=Han} \u3000]{2,24}摄(?:影报道|影)?$/u.test(t);
}

/** Every violation on one page, `threw: …` when extraction throws. */
export function check(name: string, text: string): string[] {
  let out: PageExtraction;
  try { out = extractPage(name, text); } catch (e) { return [`threw: ${(e as Error).stack}`]; }
  const bad = out.articles.flatMap((a, i) => articleViolations(a, text).map((v) => `article ${i}: ${v}`));
  bad.push(...coverageViolations(out, text));
  return bad;
}

