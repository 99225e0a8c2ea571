// Stage 6: titles that people hold in organizations.
//
// A title phrase stands right before a name and reads as groups of
// `organization + titles`, separated by `、` or `，`:
//   门头沟区人大常委、党组副书记、副主任，区总工会主席李伟
//   -> 门头沟区人大常委会 [常委, 党组副书记, 副主任], 门头沟区总工会 [主席]
// A piece that starts with an organization opens a group; a bare title piece
// (`副主任`) joins the group on its left. The phrase is read from the name
// leftwards and ends at the first piece that is neither.
import { TITLES_LONGEST_FIRST } from './lexicon/titles.ts';
import {
  BODY_ANAPHORS, DEPARTMENT_ENDINGS, NOT_IN_TITLE, NOT_OFFICES, ORGANIZATION_ENDINGS, PLACE_ENDING, TITLE_MODIFIERS,
} from './lexicon/positions.ts';
import { isVenueAt, lineText, nameStart, onLine, sentenceAt } from './spans.ts';
import type { ArticleBlock, OrganizationMention, OrgKind, PersonMention, PositionFact } from './types.ts';

const OFFICES = TITLES_LONGEST_FIRST.filter((t) => !NOT_OFFICES.has(t));
const OFFICE_SET = new Set(OFFICES);
const SEPARATOR = /[、，,]/;

/** The office a string ends with: `办公厅副主任` -> `副主任`. */
function endingOffice(s: string): string | null {
  return OFFICES.find((t) => s.endsWith(t)) ?? null;
}

/** A title with nothing but modifiers before the office: `工会主席`, `党组副书记`; not `国家主席`. */
export function isPureTitle(s: string): boolean {
  let rest = s;
  for (;;) {
    if (OFFICE_SET.has(rest)) return true;
    const m = TITLE_MODIFIERS.find((w) => rest.startsWith(w) && rest.length > w.length);
    if (!m) return false;
    rest = rest.slice(m.length);
  }
}

/** What follows an organization inside one piece is a title: `党组成员`,
 *  `办公厅副主任` (department + office); not `由全国总工会办公厅副主任`. */
function isTitleAfterOrganization(s: string): boolean {
  if (!s || s.length > 14 || NOT_IN_TITLE.test(s)) return false;
  if (isPureTitle(s)) return true;
  const office = endingOffice(s);
  if (!office) return false;
  const dept = s.slice(0, s.length - office.length);
  return dept.length <= 10 && DEPARTMENT_ENDINGS.some((e) => dept.endsWith(e));
}

/** The longest pure title a piece ends with: `随行听取校长` -> `校长`. */
function trailingTitle(s: string): string | null {
  for (let i = 0; i < s.length; i++) if (isPureTitle(s.slice(i))) return s.slice(i);
  return null;
}

interface Group { org: OrganizationMention | null; name?: string; refersTo?: OrgKind; titles: string[] }

const LEADING_WORDS = /^(?:近日|日前|随后|同时|其中|由|经|以及|和|与|及)+/;

/** `组织部部长`, `办公室主任`: a department with no place name of its own before its office. */
function isDepartmentTitle(piece: string, office: string): boolean {
  const dept = piece.slice(0, piece.length - office.length);
  return dept.length >= 2 && dept.length <= 6 && !NOT_IN_TITLE.test(dept) && !/[区市县省镇乡街]/.test(dept)
    && DEPARTMENT_ENDINGS.some((e) => dept.endsWith(e));
}

/** A body's name that no organization mention covers: `政法委` in
 *  `房山区委副书记、政法委书记暴剑`, `海淀区政协` in `由海淀区政协委员，…`.
 *  Its own words only; `该店` and `公司` say which body, not its name. */
function unrecognizedBody(head: string): { name: string; prefix: boolean } | null {
  // a name holds no brackets, quotes or stops: `（上接第1版）中铁六局` names 中铁六局
  const name = head.replace(/^.*[（）()《》〈〉“”"'‘’：:；;。！？!?\s]/u, '').replace(LEADING_WORDS, '');
  if (name.length < 3 || name.length > 20 || /^[该本此各全其每]/.test(name)) return null;
  if (NOT_IN_TITLE.test(name) || !ORGANIZATION_ENDINGS.test(name)) return null;
  return { name, prefix: name !== head };
}

/** The organization a piece [a, b) starts its title with, if any; `prefix`
 *  is true when other words stand before it (the phrase begins there). */
function organizationOfPiece(text: string, a: number, b: number, orgs: OrganizationMention[]) {
  const inside = orgs.filter((o) => o.start >= a && o.end <= b);
  for (const o of inside) {
    // an organization further on opens its own title; one right after this
    // one is a department: `中国劳动关系学院` + `酒店管理学院执行院长`
    if (inside.some((x) => x.start > o.end)) continue;
    const rest = text.slice(o.end, b);
    if (isTitleAfterOrganization(rest)) return { org: o, title: rest, prefix: text.slice(a, o.start).trim() !== '' };
  }
  return null;
}

/** Groups of the title phrase that ends at `to` (where the name starts). */
export function readTitlePhrase(text: string, from: number, to: number, orgs: OrganizationMention[]): Group[] {
  const pieces: [number, number][] = [];
  let s = from;
  for (let i = from; i < to; i++) if (SEPARATOR.test(text[i]!)) { pieces.push([s, i]); s = i + 1; }
  pieces.push([s, to]);
  const last = pieces.length - 1;
  if (!endingOffice(text.slice(pieces[last]![0], to))) return [];
  const groups: Group[] = [];
  let pending: string[] = [];
  for (let k = last; k >= 0; k--) {
    const [a, b] = pieces[k]!;
    const piece = text.slice(a, b);
    const hit = organizationOfPiece(text, a, b, orgs);
    if (hit) {
      groups.unshift({ org: hit.org, titles: [hit.title, ...pending] });
      pending = [];
      if (hit.prefix) break;
      continue;
    }
    if (isPureTitle(piece)) { pending.unshift(piece); continue; }
    const t = trailingTitle(piece);
    // `丰台区委常委、组织部部长`: a department's office is a title of the body on its left
    if (t && isDepartmentTitle(piece, t)) { pending.unshift(piece); continue; }
    if (t) {
      const body = unrecognizedBody(piece.slice(0, piece.length - t.length));
      if (body) {
        groups.unshift({ org: null, name: body.name, titles: [t, ...pending] });
        pending = [];
        if (body.prefix) break;
        continue;
      }
      const head = piece.slice(0, piece.length - t.length);
      const anaphor = BODY_ANAPHORS[head.replace(LEADING_WORDS, '')];
      if (anaphor) {
        groups.unshift({ org: null, refersTo: anaphor, titles: [t, ...pending] });
        pending = [];
        break;
      }
      if (k === last) { if (!PLACE_ENDING.test(head)) pending.unshift(t); break; }
      // `国家主席`: an office of a body the page does not name; dropped with what followed it
      if (piece.length - t.length <= 4 && !NOT_IN_TITLE.test(piece)) { pending = []; continue; }
    }
    break;
  }
  if (pending.length) groups.unshift({ org: null, titles: pending });
  return groups;
}

/** For a title with no organization in its phrase: the body the sentence is
 *  at (`在东城区职工大学，…听取校长景宝龙`), else the nearest one before it
 *  that is not itself followed by a title. */
function organizationOfSentence(text: string, from: number, to: number, orgs: OrganizationMention[]): OrganizationMention | null {
  const before = orgs.filter((o) => o.start >= from && o.end <= to);
  const venue = before.find((o) => isVenueAt(text, o.start));
  if (venue) return venue;
  const free = before.filter((o) => !endingOffice(text.slice(o.end, o.end + 6)) && !OFFICES.some((t) => text.startsWith(t, o.end)));
  return free[free.length - 1] ?? null;
}

/** The last body of a kind named before a point of the article (title lines count as before the body). */
function lastOfKind(orgs: OrganizationMention[], kind: OrgKind, paragraph: number, at: number): OrganizationMention | null {
  const before = orgs.filter((o) => o.kind === kind && (o.paragraph < paragraph || (o.paragraph === paragraph && o.end <= at)));
  before.sort((a, b) => a.paragraph - b.paragraph || a.start - b.start);
  return before[before.length - 1] ?? null;
}

export function findPositions(block: ArticleBlock, people: PersonMention[], organizations: OrganizationMention[]): PositionFact[] {
  const facts = new Map<string, PositionFact>();
  for (const p of people) {
    const text = lineText(block, p.paragraph);
    const at = nameStart(p);
    const [from] = sentenceAt(text, at);
    const orgs = onLine(organizations, p.paragraph).filter((o) => o.start >= from && o.end <= at);
    for (const g of readTitlePhrase(text, from, at, orgs)) {
      const canonical = g.org?.canonical
        ?? (g.name && (organizations.find((o) => o.text === g.name)?.canonical ?? g.name))
        ?? (g.refersTo && lastOfKind(organizations, g.refersTo, p.paragraph, from)?.canonical)
        ?? (!g.refersTo ? organizationOfSentence(text, from, at, orgs)?.canonical : undefined);
      if (!canonical) continue;
      const key = `${p.name}|${canonical}`;
      const fact = facts.get(key) ?? { name: p.name, organization: canonical, titles: [] };
      for (const t of g.titles) if (!fact.titles.includes(t)) fact.titles.push(t);
      facts.set(key, fact);
    }
  }
  return [...facts.values()];
}
