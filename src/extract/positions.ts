// Stage 6: titles that people hold in organizations.
//
// A title phrase stands right before a name and reads as groups of
// `organization + titles`, separated by `、`, `，` or `兼`:
//   门头沟区人大常委、党组副书记、副主任，区总工会主席李伟
//   -> 门头沟区人大常委会 [常委, 党组副书记, 副主任], 门头沟区总工会 [主席]
// A piece that starts with an organization opens a group; a bare title piece
// (`副主任`) joins the group on its left. The phrase is read from the name
// leftwards and ends at the first piece that is neither, or at the name of
// the person before (`主席王强、副主席李红、赵敏`: 李红 and 赵敏 hold their
// titles in 王强's body).
import { isOffice, officeEndingAt } from './lexicon/titles.ts';
import {
  BARE_BODY_KINDS, BARE_DEPARTMENT_ENDINGS, BODY_ANAPHORS, BRANCH_ENDINGS, DEPARTMENT_ENDINGS, DEPARTMENT_ONLY_OFFICES,
  GENERIC_HEAD, GOVERNMENT_CHIEF, LEADING_WORDS, NOT_IN_TITLE, NOT_OFFICES, ORGANIZATION_ENDINGS, PARTY_OF_PLACE,
  PLACE_ENDING, PROJECT_AFTER_COMPANY, PROJECT_ENDING, PROJECT_TITLE, TITLE_JOINER, TITLE_MODIFIERS, TITLE_NOTE,
} from './lexicon/positions.ts';
import { wordBoundaries } from './jieba.ts';
import {
  atStandingCommittee, foldedOrganization, governmentOf, placeBefore, placedShortForm, titleFits, withCanonicalPrefix,
} from './positionBodies.ts';
import { byLine, isVenueAt, lineText, mentionsWithin, nameStart, onLine, sentenceAt } from './spans.ts';
import type { ArticleBlock, Evidence, OrganizationMention, OrgKind, PersonMention, PositionFact } from './types.ts';
import { matchesOf } from './matches.ts';
import { ruleSet, type RuleId } from './rules.ts';
import { evidenceAt } from './evidence.ts';

const isOfficeWord = (s: string) => isOffice(s) && !NOT_OFFICES.has(s);

/** The office a string ends with, longest first: `办公厅副主任` -> `副主任`. */
function endingOffice(s: string): string | null {
  const longest = officeEndingAt(s, s.length);
  if (!longest || !NOT_OFFICES.has(longest)) return longest;
  for (let i = s.length - longest.length + 1; i < s.length - 1; i++) if (isOfficeWord(s.slice(i))) return s.slice(i);
  return null;
}

/** A title with nothing but modifiers before the office: `工会主席`, `党组副书记`, `副团长`; not `国家主席`. */
export function isPureTitle(s: string): boolean {
  let rest = s;
  for (;;) {
    if (isOfficeWord(rest)) return true;
    const m = TITLE_MODIFIERS.find((w) => rest.startsWith(w) && rest.length > w.length);
    if (!m) return false;
    rest = rest.slice(m.length);
  }
}

/** `组织部负责人`, `办公室主任`, `歌队副队长`: a department's office (the department itself holds
 *  no place name). */
function isDepartmentTitle(s: string): boolean {
  if (NOT_IN_TITLE.test(s) || (!endingOffice(s) && !DEPARTMENT_ONLY_OFFICES.some((o) => s.endsWith(o)))) return false;
  for (let i = 2; i <= Math.min(6, s.length - 2); i++) {
    const dept = s.slice(0, i);
    const office = s.slice(i);
    if (!isPureTitle(office) && !DEPARTMENT_ONLY_OFFICES.includes(office)) continue;
    if (!/[区市县省镇乡街]/.test(dept) && BARE_DEPARTMENT_ENDINGS.test(dept) && !BARE_BODY_KINDS.has(dept)) return true;
  }
  return false;
}

/** What follows an organization inside one piece is a title: `党组成员`,
 *  `办公厅副主任` (department + office); not `由全国总工会办公厅副主任`. */
function isTitleAfterOrganization(s: string): boolean {
  if (!s || s.length > 14 || NOT_IN_TITLE.test(s)) return false;
  if (isPureTitle(s) || isDepartmentTitle(s)) return true;
  if (!endingOffice(s)) return false;
  // right after a body, a centre, a school or a branch of it is a department too: `中国劳动关系学院` + `酒店管理学院执行院长`
  for (let i = 2; i <= Math.min(6, s.length - 2); i++) {
    const dept = s.slice(0, i);
    if (isPureTitle(s.slice(i)) && DEPARTMENT_ENDINGS.some((e) => dept.endsWith(e))) return true;
  }
  return false;
}

/** The longest pure title a piece ends with: `随行听取校长` -> `校长`; `区总工会主席` -> `主席`
 *  (工会 belongs to 总工会 there). */
function trailingTitle(s: string): string | null {
  if (!endingOffice(s)) return null;
  for (let i = Math.max(0, s.length - 14); i < s.length; i++) {
    if (s[i - 1] === '总' && !isOfficeWord(s.slice(i))) continue;
    if (isPureTitle(s.slice(i))) return s.slice(i);
  }
  return null;
}

interface Group {
  org: OrganizationMention | null;
  /** The body's name where the phrase gives it without a mention, or a folded parent. */
  name?: string;
  refersTo?: OrgKind;
  /** The word that stands for the body: `集团` in 集团建筑部副总经理. */
  anaphor?: string;
  /** A place chief's government: the place the phrase names, or `''` for the article's. */
  government?: { place: string; rank: string };
  titles: string[];
  /** How the phrase names the body; titles alone (no body in the phrase) are placed later. */
  rule?: RuleId;
}

export interface TitlePhrase {
  groups: Group[];
  /** Where the phrase ran into the name of the person before: that person's end offset. */
  after?: number;
  /** True when nothing stands between that name and this one but `、`: the same titles. */
  same?: boolean;
}

/** `全总文工团歌舞团歌队`: a unit at the end of a body's name is a department of the body
 *  before it, and goes with the title (全总文工团歌舞团 [歌队副队长]). */
function splitDepartment(name: string): { body: string; dept: string } | null {
  const bounds = wordBoundaries(name);
  for (let len = 2; len <= Math.min(6, name.length - 3); len++) {
    if (!bounds.has(name.length - len)) continue; // `剧院党委办/公室` is no cut
    const body = name.slice(0, name.length - len);
    const dept = name.slice(name.length - len);
    if (/(?:部|处|科|室|厅|队|组|班)$/.test(dept) && !/[区市县省镇乡街]/.test(dept) && ORGANIZATION_ENDINGS.test(body)
      && !ORGANIZATION_ENDINGS.test(dept.slice(0, -1))) return { body, dept };
  }
  return null;
}

/** `集团建筑部副总经理` -> 集团 (company), 建筑部副总经理. */
function anaphorDepartment(piece: string): { word: string; kind: OrgKind; title: string } | null {
  const head = piece.replace(LEADING_WORDS, '');
  for (const [word, kind] of Object.entries(BODY_ANAPHORS)) {
    if (!head.startsWith(word)) continue;
    const title = head.slice(word.length);
    if (isDepartmentTitle(title)) return { word, kind, title };
  }
  return null;
}

/** A place the phrase writes before a chief's title though the place index lacks it:
 *  `昆明市五华区副区长` -> 昆明市五华区. */
function writtenPlace(head: string): string | null {
  const name = head.replace(/^.*[（）()《》〈〉“”"'‘’：:；;。！？!?\s]/u, '').replace(LEADING_WORDS, '');
  return name.length >= 2 && name.length <= 8 && PLACE_ENDING.test(name) && !NOT_IN_TITLE.test(name) && !GENERIC_HEAD.test(name)
    ? name : null;
}

/** A body's name that no organization mention covers: `政法委` in
 *  `房山区委副书记、政法委书记暴剑`, `海淀区政协` in `由海淀区政协委员，…`.
 *  Its own words only; `该店` and `公司` say which body, not its name. */
function unrecognizedBody(head: string): { name: string; prefix: boolean } | null {
  // a name holds no brackets, quotes or stops: `（上接第1版）中铁六局` names 中铁六局
  const name = head.replace(/^.*[（）()《》〈〉“”"'‘’：:；;。！？!?\s]/u, '').replace(LEADING_WORDS, '');
  if (name.length < 3 || name.length > 20 || GENERIC_HEAD.test(name)) return null;
  if (NOT_IN_TITLE.test(name) || !ORGANIZATION_ENDINGS.test(name) || BARE_BODY_KINDS.has(name)) return null;
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

const NAME_JOINER_CODES = [...'和与及'].map((c) => c.charCodeAt(0));
const isNameJoiner = (c: number) => c === NAME_JOINER_CODES[0] || c === NAME_JOINER_CODES[1] || c === NAME_JOINER_CODES[2];

/** Groups of the title phrase that ends at `to` (where the name starts); `personEnds`
 *  are the ends of the names of other people on the line. */
export function readTitlePhrase(
  text: string, from: number, to: number, orgs: OrganizationMention[], personEnds: ReadonlySet<number> = new Set(),
): TitlePhrase {
  const note = TITLE_NOTE.exec(text.slice(from, to));
  const end = note ? to - note[0].length : to;
  const cuts: [number, number][] = matchesOf(TITLE_JOINER, text.slice(from, end)).map((m) => [from + m.index, from + m.index + m[0].length]);
  // `主席马丽和副主席常青`: 和, 与, 及 right after a name join two people's phrases
  // (read along the phrase, not over every name of the line: a line with no stops has thousands)
  for (let pe = from; pe < end; pe++) if (isNameJoiner(text.charCodeAt(pe)) && personEnds.has(pe)) cuts.push([pe, pe + 1]);
  cuts.sort((x, y) => x[0] - y[0]);
  const pieces: [number, number][] = [];
  let s = from;
  for (const [a, b] of cuts) {
    if (a < s) continue;
    pieces.push([s, a]);
    s = b;
  }
  pieces.push([s, end]);
  const last = pieces.length - 1;
  const [lastStart] = pieces[last]!;
  if (lastStart === end) {
    // `副主席曾爱国、夏华云`: a name right after another's shares its titles
    const prev = pieces[last - 1];
    if (prev && personEnds.has(prev[1]) && text[end - 1] === '、') return { groups: [], after: prev[1], same: true };
    return { groups: [] };
  }
  const lastPiece = text.slice(lastStart, end);
  if (!endingOffice(lastPiece) && !isDepartmentTitle(lastPiece)) return { groups: [] };
  const groups: Group[] = [];
  let pending: string[] = [];
  let after: number | undefined;
  for (let k = last; k >= 0; k--) {
    const [a, b] = pieces[k]!;
    const piece = text.slice(a, b);
    if (k < last && personEnds.has(b)) { after = b; break; }
    const hit = organizationOfPiece(text, a, b, orgs);
    if (hit) {
      groups.unshift({ org: hit.org, titles: [hit.title, ...pending], rule: 'position.in-phrase' });
      pending = [];
      if (hit.prefix) break;
      continue;
    }
    // `集团建筑部副总经理`: a department of the body a word stands for
    const anaphoric = anaphorDepartment(piece);
    if (anaphoric) {
      groups.unshift({ org: null, refersTo: anaphoric.kind, anaphor: anaphoric.word, titles: [anaphoric.title, ...pending], rule: 'position.anaphor' });
      pending = [];
      break;
    }
    // `丰台区委常委、组织部部长`: a department's office is a title of the body on its left
    if (isPureTitle(piece) || isDepartmentTitle(piece)) { pending.unshift(piece); continue; }
    const t = trailingTitle(piece);
    const head = t ? piece.slice(0, piece.length - t.length) : '';
    // `副中心站综合交通枢纽工程02标项目经理`: a project is no body; its title is left out,
    // or goes to the company written before the project (`中铁二局02标项目经理`)
    if (t && PROJECT_ENDING.test(head)) {
      const runner = orgs.filter((o) => o.start >= a && o.end <= a + head.length && o.kind === 'company').pop();
      if (runner) {
        groups.unshift({ org: runner, titles: [t, ...pending], rule: 'position.project' });
        pending = [];
        break;
      }
      continue;
    }
    if (t) {
      const chief = GOVERNMENT_CHIEF.exec(t);
      const place = chief ? placeBefore(head) ?? writtenPlace(head) : null;
      if (chief && place) {
        groups.unshift({ org: null, government: { place, rank: chief[1]! }, titles: [t, ...pending], rule: 'position.government-chief' });
        pending = [];
        break;
      }
      // `长沟镇党委书记`, `房山区纪委书记`: a place's party committee, named by the place and the modifier
      const party = PLACE_ENDING.test(head) ? PARTY_OF_PLACE.exec(t) : null;
      const partyPlace = party ? placeBefore(head) : null;
      if (party && partyPlace) {
        groups.unshift({ org: null, name: partyPlace + party[1], titles: [party[2]!, ...pending], rule: 'position.place-party' });
        pending = [];
        break;
      }
      const body = unrecognizedBody(head);
      if (body) {
        const split = splitDepartment(body.name);
        const named = split ? { name: split.body, title: split.dept + t } : { name: body.name, title: t };
        // `X党委办公室主任`: a branch of X folds into X as well
        const branch = BRANCH_ENDINGS.find((e) => named.name.endsWith(e) && e !== '工会');
        if (branch) { named.name = named.name.slice(0, -branch.length); named.title = branch + named.title; }
        // `剧院党委办公室主任`: a body's bare kind names none
        if (named.name.length < 3) { pending = []; break; }
        groups.unshift({ org: null, name: named.name, titles: [named.title, ...pending], rule: 'position.named-body' });
        pending = [];
        if (body.prefix) break;
        continue;
      }
      const anaphor = BODY_ANAPHORS[head.replace(LEADING_WORDS, '')];
      if (anaphor) {
        groups.unshift({ org: null, refersTo: anaphor, titles: [t, ...pending], rule: 'position.anaphor' });
        pending = [];
        break;
      }
      if (k === last) { if (!PLACE_ENDING.test(head) || chief) pending.unshift(t); break; }
      // `国家主席`: an office of a body the page does not name; dropped with what followed it
      if (piece.length - t.length <= 4 && !NOT_IN_TITLE.test(piece)) { pending = []; continue; }
    }
    break;
  }
  if (pending.length) {
    const chief = pending.every((t) => GOVERNMENT_CHIEF.test(t)) ? GOVERNMENT_CHIEF.exec(pending[0]!) : null;
    groups.unshift(chief ? { org: null, government: { place: '', rank: chief[1]! }, titles: pending, rule: 'position.government-chief' } : { org: null, titles: pending });
  }
  return { groups, after };
}

function startsWithTitle(text: string, at: number): boolean {
  for (let len = 2; len <= 8; len++) if (isPureTitle(text.slice(at, at + len))) return true;
  return false;
}

/** For a title with no organization in its phrase: the body the sentence is
 *  at (`在东城区职工大学，…听取校长景宝龙`), else the nearest one before it
 *  that is not itself followed by a title. */
function organizationOfSentence(text: string, from: number, to: number, orgs: OrganizationMention[]): OrganizationMention | null {
  const before = orgs.filter((o) => o.start >= from && o.end <= to);
  const venue = before.find((o) => isVenueAt(text, o.start));
  if (venue) return venue;
  const free = before.filter((o) => !endingOffice(text.slice(o.end, o.end + 6)) && !startsWithTitle(text, o.end));
  return free[free.length - 1] ?? null;
}

/** The company the paragraph says runs a project, before a point of it: `施工的是中铁二局北京地铁12-8标项目`. */
function projectCompany(block: ArticleBlock, organizations: OrganizationMention[], paragraph: number, at: number): string | undefined {
  const text = lineText(block, paragraph);
  const runs = onLine(organizations, paragraph)
    .filter((o) => o.kind === 'company' && o.end <= at && PROJECT_AFTER_COMPANY.test(text.slice(o.end)));
  return runs[runs.length - 1]?.canonical;
}

/** The last body of a kind named before a point of the article (title lines count as before the body). */
function lastOfKind(orgs: OrganizationMention[], kind: OrgKind, paragraph: number, at: number): OrganizationMention | null {
  const before = orgs.filter((o) => o.kind === kind && (o.paragraph < paragraph || (o.paragraph === paragraph && o.end <= at)));
  before.sort((a, b) => a.paragraph - b.paragraph || a.start - b.start);
  return before[before.length - 1] ?? null;
}

interface Resolved { organization: string; titles: string[]; rules: RuleId[]; evidence?: Evidence }

export function findPositions(block: ArticleBlock, people: PersonMention[], organizations: OrganizationMention[]): PositionFact[] {
  const facts = new Map<string, PositionFact>();
  const add = (name: string, r: Resolved) => {
    const key = `${name}|${r.organization}`;
    const fact = facts.get(key) ?? { name, organization: r.organization, titles: [], rules: [], evidence: r.evidence };
    for (const t of r.titles) if (!fact.titles.includes(t)) fact.titles.push(t);
    fact.rules = ruleSet(fact.rules, r.rules);
    facts.set(key, fact);
  };
  const ordered = [...people].sort((a, b) => a.paragraph - b.paragraph || a.start - b.start);
  const endsByLine = new Map<number, Set<number>>();
  for (const p of ordered) {
    const ends = endsByLine.get(p.paragraph) ?? new Set<number>();
    ends.add(p.end);
    endsByLine.set(p.paragraph, ends);
  }
  // what each mention was found to hold, by `paragraph:end`, for the names after it
  const held = new Map<string, Resolved[]>();
  const orgsByLine = byLine(organizations);
  for (const p of ordered) {
    const text = lineText(block, p.paragraph);
    const at = nameStart(p);
    const [from] = sentenceAt(text, at);
    const orgs = mentionsWithin(orgsByLine.get(p.paragraph) ?? [], from, at);
    const phrase = readTitlePhrase(text, from, at, orgs, endsByLine.get(p.paragraph));
    const before = phrase.after !== undefined ? held.get(`${p.paragraph}:${phrase.after}`) ?? [] : [];
    const resolved: Resolved[] = [];
    if (phrase.same) resolved.push(...before.map((b) => ({ ...b, rules: ruleSet(b.rules, 'position.same-titles') })));
    const earlier: string[] = [];
    for (const g of phrase.groups) {
      let organization: string | null | undefined;
      let titles = g.titles;
      let rule = g.rule;
      if (g.org) {
        const folded = foldedOrganization(g.org, organizations);
        if (folded) {
          organization = folded.name;
          titles = [folded.prefix + titles[0]!, ...titles.slice(1)];
          rule = 'position.branch';
        } else organization = placedShortForm(g.org, earlier, organizations);
      } else if (g.name) {
        organization = placedShortForm({ text: g.name, canonical: withCanonicalPrefix(g.name, organizations) }, earlier, organizations);
      }
      else if (g.government) organization = governmentOf(g.government.rank, g.government.place, organizations);
      else if (g.refersTo) {
        // the last body of its kind; else the last one the article gave a title in whose name the word stands
        organization = lastOfKind(organizations, g.refersTo, p.paragraph, from)?.canonical
          ?? (g.anaphor ? [...facts.values()].reverse().find((f) => f.organization.includes(g.anaphor!))?.organization : undefined);
      }
      else if (titles.every((t) => PROJECT_TITLE.test(t))) { organization = projectCompany(block, organizations, p.paragraph, at); rule = 'position.project'; }
      else {
        // titles alone: the body of the person named before in the phrase, else the sentence's
        const inherited = before[before.length - 1]?.organization;
        const fits = !!inherited && titles.every((t) => titleFits(t, inherited));
        organization = fits ? inherited : organizationOfSentence(text, from, at, orgs)?.canonical;
        rule = fits ? 'position.inherited' : 'position.sentence-body';
      }
      if (!organization) continue;
      organization = atStandingCommittee(organization);
      earlier.push(organization);
      // `西城区委副书记、区长刘东`: a place chief's title is at the place's government, not the party's
      const chiefs = g.government || g.org?.kind === 'government' ? [] : titles.filter((t) => GOVERNMENT_CHIEF.test(t));
      const government = chiefs.length ? governmentOf(GOVERNMENT_CHIEF.exec(chiefs[0]!)![1]!, '', [{ canonical: organization }]) : null;
      if (government) {
        titles = titles.filter((t) => !chiefs.includes(t));
        resolved.push({ organization: government, titles: chiefs, rules: ruleSet(rule, 'position.government-chief') });
        if (!titles.length) continue;
      }
      resolved.push({ organization, titles, rules: ruleSet(rule ?? 'position.sentence-body') });
    }
    held.set(`${p.paragraph}:${p.end}`, resolved);
    // the sentence of this mention states the titles (those shared with a name before it too)
    const evidence = resolved.length ? evidenceAt(block, { paragraph: p.paragraph, start: at }) : undefined;
    for (const r of resolved) add(p.name, { ...r, evidence });
  }
  return [...facts.values()];
}
