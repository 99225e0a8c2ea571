// Hand-built stage inputs for the positions, activity and participants tests:
// mentions found by plain search in a real line, so the tests of stages 6-8 do
// not depend on how stages 3-5 read the same line. Their rules are the plainest
// of each stage (no later stage reads a mention's rule).
import type { ArticleBlock, OrganizationMention, OrgKind, PersonMention, PlaceMention } from '../../src/extract/types.ts';

export function block(paragraphs: string[], headline: string | null = null, alt_titles: string[] = []): ArticleBlock {
  return { headline, alt_titles, section: null, dateline: null, credits: [], paragraphs, fragment: headline === null, rule: headline === null ? 'article.continued' : 'heading.marked' };
}

function lines(b: ArticleBlock): [number, string][] {
  const out: [number, string][] = [];
  if (b.headline) out.push([-1, b.headline]);
  b.alt_titles.forEach((t, i) => out.push([-2 - i, t]));
  b.paragraphs.forEach((t, i) => out.push([i, t]));
  return out;
}

/** Every occurrence of each string, longest strings first, never overlapping. */
function find(b: ArticleBlock, words: string[]): { paragraph: number; start: number; end: number; text: string }[] {
  const found: { paragraph: number; start: number; end: number; text: string }[] = [];
  for (const w of [...words].sort((x, y) => y.length - x.length)) {
    for (const [paragraph, text] of lines(b)) {
      for (let at = text.indexOf(w); at >= 0; at = text.indexOf(w, at + 1)) {
        const end = at + w.length;
        if (found.some((f) => f.paragraph === paragraph && f.start < end && at < f.end)) continue;
        found.push({ paragraph, start: at, end, text: w });
      }
    }
  }
  return found.sort((x, y) => x.paragraph - y.paragraph || x.start - y.start);
}

export function people(b: ArticleBlock, names: string[]): PersonMention[] {
  return find(b, names).map((m) => ({ ...m, name: m.text, occupation: null, rule: 'person.after-title' as const }));
}

/** `forms` maps each written form to its canonical name (and kind, default union). */
export function orgs(b: ArticleBlock, forms: Record<string, string | [string, OrgKind]>): OrganizationMention[] {
  return find(b, Object.keys(forms)).map((m) => {
    const f = forms[m.text]!;
    const [canonical, kind] = typeof f === 'string' ? [f, 'union' as OrgKind] : f;
    return { ...m, canonical, kind, rule: 'org.suffix' as const };
  });
}

export function places(b: ArticleBlock, forms: Record<string, string | null>): PlaceMention[] {
    // a place outside Beijing is given no level the stages read as a city, province or county
  return find(b, Object.keys(forms)).map((m) => ({
    ...m, name: m.text, district: forms[m.text]!, rule: 'place.street' as const,
    level: forms[m.text] === m.text ? 'district' as const : 'street' as const, short: false,
  }));
}
