// Stage 8: people who took part in the main activity, with their roles.
//
// Each mention of a person (and each `他`/`她` standing for one) reads the
// rest of its sentence up to the next person who does something:
//   调研组由…张广带队，市总工会…王敬东陪同调研。  -> 张广 LED, 王敬东 ACCOMPANIED
// People listed together share the cue at the end of the list:
//   东城区委书记孙新军，…赵丽君，东城区委副书记章建伟等出席活动。 -> all ATTENDED
// A mention with no cue is someone present (ATTENDED) unless another mention
// states a role; a stated presence (`出席`, `参加`, `来到`, `走访`, `揭牌`) stands
// beside a speech cue (`出席开班式并讲话` -> ATTENDED, SPOKE) but gives way to
// leading (`孙金春带队，…参加…读书分享会` -> LED). In a delegation (`A、B、C一行`,
// `A率B、C`) only A led it. `曹主席` stands for the one 曹 named with 主席.
// Authors and people named as a source of instructions are not participants.
import { EACH_LED, LISTENING, PRONOUN, ROLE_CUES, SOURCE_AFTER, SOURCE_BEFORE, SOURCE_BEFORE_CHARS } from './lexicon/roles.ts';
import { TITLES_LONGEST_FIRST } from './lexicon/titles.ts';
import { insideBookTitle, insideSpeech, lineText, nameStart, sentenceAt } from './spans.ts';
import { PARTICIPANT_ROLES } from './types.ts';
import type { ArticleBlock, Author, ParticipantFact, ParticipantRole, PersonMention, PositionFact } from './types.ts';
import { matchesOf } from './matches.ts';
import { ruleSet, type RuleId } from './rules.ts';
import { evidenceAt } from './evidence.ts';

/** A place a person stands in the text: a mention of the name, or a word standing for it (`via`). */
interface Spot { name: string; paragraph: number; start: number; end: number; via?: RuleId }

const hasCue = (s: string) => ROLE_CUES.some((c) => c.pattern.test(s));

/** A mention that names someone outside the event: in a book title, in
 *  someone's quoted words, or as the source of instructions. */
function isSource(text: string, start: number, end: number): boolean {
  return insideBookTitle(text, start, end) || insideSpeech(text, start, end)
    || SOURCE_AFTER.test(text.slice(end)) || SOURCE_BEFORE.test(text.slice(Math.max(0, start - SOURCE_BEFORE_CHARS), start));
}

/** `他`/`她` in the body, each standing for the last person named before it. */
function pronounSpots(block: ArticleBlock, named: Spot[]): Spot[] {
  const out: Spot[] = [];
  block.paragraphs.forEach((text, paragraph) => {
    for (const m of matchesOf(PRONOUN, text)) {
      if (insideSpeech(text, m.index, m.index + 1)) continue;
      const before = named.filter((s) => s.paragraph < paragraph || (s.paragraph === paragraph && s.end <= m.index));
      const last = before[before.length - 1];
      if (last) out.push({ name: last.name, paragraph, start: m.index, end: m.index + 1, via: 'participant.pronoun' });
    }
  });
  return out;
}

/** Titles a named person carries: from the positions stage, and the title
 *  written right before a mention (`拱辰街道总工会主席曹玉清` -> 主席). */
function titlesOf(block: ArticleBlock, named: Spot[], positions: PositionFact[]): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  const add = (name: string, title: string) => { const set = out.get(name) ?? new Set<string>(); set.add(title); out.set(name, set); };
  for (const p of positions) for (const t of p.titles) add(p.name, t);
  for (const s of named) {
    const before = lineText(block, s.paragraph).slice(Math.max(0, s.start - 8), s.start);
    const t = TITLES_LONGEST_FIRST.find((x) => before.endsWith(x));
    if (t) add(s.name, t);
  }
  return out;
}

/** `曹主席表示` after `主席曹玉清`: a surname with a title stands for the one
 *  person named earlier with that surname and title (`王主席` -> 王建华).
 *  A form two people could take is left alone. */
function titleSpots(block: ArticleBlock, named: Spot[], positions: PositionFact[]): Spot[] {
  const forms = new Map<string, string | null>();
  for (const [name, titles] of titlesOf(block, named, positions)) {
    const surnames = new Set([name.slice(0, 1), name.length === 4 ? name.slice(0, 2) : name.slice(0, 1)]);
    for (const surname of surnames) {
      for (const t of titles) {
        // `王主席` for a 副主席 or 常务副主席 too: the address drops the rank
        const head = /(?:主席|书记|主任|部长|局长|区长|市长|院长|校长|会长|理事长|董事长|经理|厂长|站长|所长|队长|组长)$/.exec(t)?.[0];
        for (const title of new Set([t, ...(head ? [head] : [])])) {
          const form = surname + title;
          forms.set(form, forms.has(form) && forms.get(form) !== name ? null : name);
        }
      }
    }
  }
  const out: Spot[] = [];
  block.paragraphs.forEach((text, paragraph) => {
    for (const [form, name] of forms) {
      if (!name) continue;
      for (let at = text.indexOf(form); at >= 0; at = text.indexOf(form, at + 1)) {
        const end = at + form.length;
        if (named.some((s) => s.paragraph === paragraph && s.start < end && at < s.end)) continue;
        if (insideSpeech(text, at, end)) continue;
        out.push({ name, paragraph, start: at, end, via: 'participant.title-mention' });
      }
    }
  });
  return out;
}

/** `张三向市总工会副主席李四介绍…`: the second person is spoken to, not speaking. */
const TO_OBJECT = /^[向为对给]/;

/** True when an earlier person of the sentence acts on this one. */
function isObject(text: string, spot: Spot, others: Spot[]): boolean {
  const [sentenceStart] = sentenceAt(text, spot.start);
  return others.some((o) => o.end <= spot.start && o.start >= sentenceStart
    && TO_OBJECT.test(text.slice(o.end, spot.start)) && !hasCue(text.slice(o.end, spot.start)));
}

/** What stands between two people of one list: a joiner, after the first
 *  one's title when it follows the name (`李会增主席，以及…王怀起`). */
const LIST_JOIN = new RegExp(`^(?:${TITLES_LONGEST_FIRST.join('|')})?(?:[、，,]以及|[、，,和与及]|以及)`);
const joinsList = (between: string) => LIST_JOIN.test(between) && !hasCue(between);

/** True when an earlier person of the sentence heads the list this spot is in:
 *  `于德泉，北京市建筑工会副主席张宇晶、王隽一行` -> 张宇晶 and 王隽 follow 于德泉. */
function followsInList(text: string, spot: Spot, others: Spot[]): boolean {
  const [sentenceStart] = sentenceAt(text, spot.start);
  const before = others.filter((o) => o.end <= spot.start && o.start >= sentenceStart && o.name !== spot.name);
  const prev = before[before.length - 1];
  return !!prev && joinsList(text.slice(prev.end, spot.start));
}

/** ATTENDED by no cue at all: someone named at the event. It gives way to any
 *  role another mention states (`“希望…”赵永纯告诉记者` beside `赵永纯…发出倡议` -> SPOKE only). */
const PRESUMED = 'presumed' as const;
/** The roles a spot gives its person, with the rules that gave them. */
interface SpotRoles { roles: ParticipantRole[] | typeof PRESUMED; rules: RuleId[] }

/** Roles one spot's cue stretch gives its person. */
function rolesAt(text: string, spot: Spot, others: Spot[]): SpotRoles {
  if (isObject(text, spot, others)) return { roles: ['ATTENDED'], rules: ['participant.spoken-to'] };
  const [, sentenceEnd] = sentenceAt(text, spot.start);
  let limit = sentenceEnd;
  let at = spot.end;
  for (const o of others) {
    if (o.start < spot.end || o.start >= limit) continue;
    const between = text.slice(at, o.start);
    // `孙新军，东城区人大常委会党组书记、主任吴松元，…等出席`: a list, read on;
    // `张三向李四介绍`: past the person spoken to
    if (joinsList(between) || (TO_OBJECT.test(between) && !hasCue(between))) { at = o.end; continue; }
    limit = o.start;
    break;
  }
  const listen = text.slice(spot.end, limit).search(LISTENING);
  const stretch = text.slice(spot.end, listen < 0 ? limit : spot.end + listen);
  // A delegation's leader is the first named: `A、B、C一行`, `A、B带队` make B and C members (ATTENDED).
  const follower = followsInList(text, spot, others) && !EACH_LED.test(stretch);
  const stated = ROLE_CUES.filter((c) => c.pattern.test(stretch));
  const cues = follower ? stated.filter((c) => !c.leads) : stated;
  const roles = [...new Set(cues.map((c) => c.role))];
  const member: RuleId | null = cues.length < stated.length ? 'participant.list-member' : null;
  // `韩志杰面对面听取…意见`: one who listens is there
  if (!roles.length) {
    return listen >= 0 ? { roles: ['ATTENDED'], rules: ruleSet(member, 'participant.listening') }
      : { roles: PRESUMED, rules: ruleSet(member, 'participant.presumed') };
  }
  // An explicit attendance cue beside a speech cue gives both (`出席开幕式并致辞` -> ATTENDED, SPOKE);
  // the one who led the group is not also one who attended (`孙金春带队，…参加…` -> LED).
  // What follows `表示`, `指出` is what was said: `孙立新表示，将组织职工积极参与` -> SPOKE only.
  const cueAt = (role: ParticipantRole) => Math.min(...ROLE_CUES.filter((c) => c.role === role)
    .map((c) => stretch.search(c.pattern)).filter((i) => i >= 0), Infinity);
  const firstAct = Math.min(...roles.filter((r) => r !== 'ATTENDED').map(cueAt));
  const kept = roles.includes('LED') || cueAt('ATTENDED') > firstAct ? roles.filter((r) => r !== 'ATTENDED') : roles;
  return { roles: kept, rules: ruleSet(member, cues.filter((c) => kept.includes(c.role)).map((c) => c.id)) };
}

/**
 * The other spots of a spot's sentence, in order: all that rolesAt and the list and object
 * tests read of the line's others (a sentence is read at most MAX_SENTENCE characters either
 * way, so a line with no stops still gives a short list). `line` is the line's spots by start.
 */
function inSentence(text: string, spot: Spot, line: Spot[]): Spot[] {
  const [from, to] = sentenceAt(text, spot.start);
  let lo = 0, hi = line.length;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (line[mid]!.start < from) lo = mid + 1; else hi = mid; }
  const out: Spot[] = [];
  for (let i = lo; i < line.length && line[i]!.start < to; i++) if (line[i] !== spot) out.push(line[i]!);
  return out;
}

export function findParticipants(block: ArticleBlock, people: PersonMention[], positions: PositionFact[], authors: Author[]): ParticipantFact[] {
  const authorNames = new Set(authors.map((a) => a.name));
  const named: Spot[] = people
    .filter((p) => p.paragraph >= 0 && !authorNames.has(p.name))
    .map((p) => ({ name: p.name, paragraph: p.paragraph, start: nameStart(p), end: p.end }))
    .filter((s) => !isSource(lineText(block, s.paragraph), s.start, s.end))
    .sort((a, b) => a.paragraph - b.paragraph || a.start - b.start);
  const titled = [...named, ...titleSpots(block, named, positions)].sort((a, b) => a.paragraph - b.paragraph || a.start - b.start);
  const spots = [...titled, ...pronounSpots(block, titled)].sort((a, b) => a.paragraph - b.paragraph || a.start - b.start);
  const roles = new Map<string, Set<ParticipantRole>>();
  const rules = new Map<string, RuleId[]>();
  const presumed = new Map<string, RuleId[]>();
  /** The first spot of each person that states a role, else their first spot. */
  const stated = new Map<string, Spot>();
  const first = new Map<string, Spot>();
  const spotsByLine = new Map<number, Spot[]>();
  for (const s of spots) {
    const line = spotsByLine.get(s.paragraph);
    if (line) line.push(s); else spotsByLine.set(s.paragraph, [s]);
  }
  for (const spot of spots) {
    const text = lineText(block, spot.paragraph);
    const others = inSentence(text, spot, spotsByLine.get(spot.paragraph)!);
    const set = roles.get(spot.name) ?? new Set<ParticipantRole>();
    const got = rolesAt(text, spot, others);
    if (got.roles !== PRESUMED) for (const r of got.roles) set.add(r);
    roles.set(spot.name, set);
    // a presumed presence is a reason only where no mention states a role
    if (got.roles === PRESUMED) presumed.set(spot.name, ruleSet(presumed.get(spot.name), got.rules));
    else if (!stated.has(spot.name)) stated.set(spot.name, spot);
    if (!first.has(spot.name)) first.set(spot.name, spot);
    rules.set(spot.name, ruleSet(rules.get(spot.name), spot.via, got.roles === PRESUMED ? [] : got.rules));
  }
  for (const [name, set] of roles) if (!set.size) { set.add('ATTENDED'); rules.set(name, ruleSet(rules.get(name), presumed.get(name))); }
  return [...roles].map(([name, set]) => ({
    name, roles: PARTICIPANT_ROLES.filter((r) => set.has(r)), rules: rules.get(name)!,
    evidence: evidenceAt(block, (stated.get(name) ?? first.get(name))!),
  }));
}
