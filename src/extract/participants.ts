// Stage 8: people who took part in the main activity, with their roles.
//
// Each mention of a person (and each `他`/`她` standing for one) reads the
// rest of its sentence up to the next person who does something:
//   调研组由…张广带队，市总工会…王敬东陪同调研。  -> 张广 LED, 王敬东 ACCOMPANIED
// People listed together share the cue at the end of the list:
//   东城区委书记孙新军，…赵丽君，东城区委副书记章建伟等出席活动。 -> all ATTENDED
// A mention with no cue is someone present (ATTENDED); `出席` stands beside a
// speech cue (`出席开班式并讲话` -> ATTENDED, SPOKE) but gives way to leading
// (`孙金春带队，…参加…读书分享会` -> LED).
// Authors and people named as a source of instructions are not participants.
import { LISTENING, PRONOUN, ROLE_CUES, SOURCE_AFTER, SOURCE_BEFORE } from './lexicon/roles.ts';
import { insideBookTitle, insideSpeech, lineText, nameStart, sentenceAt } from './spans.ts';
import { PARTICIPANT_ROLES } from './types.ts';
import type { ArticleBlock, Author, ParticipantFact, ParticipantRole, PersonMention, PositionFact } from './types.ts';

interface Spot { name: string; paragraph: number; start: number; end: number }

const hasCue = (s: string) => ROLE_CUES.some((c) => c.pattern.test(s));

/** A mention that names someone outside the event: in a book title, in
 *  someone's quoted words, or as the source of instructions. */
function isSource(text: string, start: number, end: number): boolean {
  return insideBookTitle(text, start, end) || insideSpeech(text, start, end)
    || SOURCE_AFTER.test(text.slice(end)) || SOURCE_BEFORE.test(text.slice(0, start));
}

/** `他`/`她` in the body, each standing for the last person named before it. */
function pronounSpots(block: ArticleBlock, named: Spot[]): Spot[] {
  const out: Spot[] = [];
  block.paragraphs.forEach((text, paragraph) => {
    for (const m of text.matchAll(PRONOUN)) {
      if (insideSpeech(text, m.index, m.index + 1)) continue;
      const before = named.filter((s) => s.paragraph < paragraph || (s.paragraph === paragraph && s.end <= m.index));
      const last = before[before.length - 1];
      if (last) out.push({ name: last.name, paragraph, start: m.index, end: m.index + 1 });
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

/** Roles one spot's cue stretch gives its person. */
function rolesAt(text: string, spot: Spot, others: Spot[]): ParticipantRole[] {
  if (isObject(text, spot, others)) return ['ATTENDED'];
  const [, sentenceEnd] = sentenceAt(text, spot.start);
  let limit = sentenceEnd;
  let at = spot.end;
  for (const o of others) {
    if (o.start < spot.end || o.start >= limit) continue;
    const between = text.slice(at, o.start);
    // `孙新军，东城区人大常委会党组书记、主任吴松元，…等出席`: a list, read on;
    // `张三向李四介绍`: past the person spoken to
    if ((/^[、，,和与及]/.test(between) || TO_OBJECT.test(between)) && !hasCue(between)) { at = o.end; continue; }
    limit = o.start;
    break;
  }
  const listen = text.slice(spot.end, limit).search(LISTENING);
  const stretch = text.slice(spot.end, listen < 0 ? limit : spot.end + listen);
  const roles = ROLE_CUES.filter((c) => c.pattern.test(stretch)).map((c) => c.role);
  if (!roles.length) return ['ATTENDED'];
  // An explicit attendance cue beside a speech cue gives both (`出席开幕式并致辞` -> ATTENDED, SPOKE);
  // the one who led the group is not also one who attended (`孙金春带队，…参加…` -> LED).
  // What follows `表示`, `指出` is what was said: `孙立新表示，将组织职工积极参与` -> SPOKE only.
  const cueAt = (role: ParticipantRole) => Math.min(...ROLE_CUES.filter((c) => c.role === role)
    .map((c) => stretch.search(c.pattern)).filter((i) => i >= 0), Infinity);
  const firstAct = Math.min(...roles.filter((r) => r !== 'ATTENDED').map(cueAt));
  if (roles.includes('LED') || cueAt('ATTENDED') > firstAct) return roles.filter((r) => r !== 'ATTENDED');
  return roles;
}

export function findParticipants(block: ArticleBlock, people: PersonMention[], positions: PositionFact[], authors: Author[]): ParticipantFact[] {
  void positions;
  const authorNames = new Set(authors.map((a) => a.name));
  const named: Spot[] = people
    .filter((p) => p.paragraph >= 0 && !authorNames.has(p.name))
    .map((p) => ({ name: p.name, paragraph: p.paragraph, start: nameStart(p), end: p.end }))
    .filter((s) => !isSource(lineText(block, s.paragraph), s.start, s.end))
    .sort((a, b) => a.paragraph - b.paragraph || a.start - b.start);
  const spots = [...named, ...pronounSpots(block, named)].sort((a, b) => a.paragraph - b.paragraph || a.start - b.start);
  const roles = new Map<string, Set<ParticipantRole>>();
  for (const spot of spots) {
    const text = lineText(block, spot.paragraph);
    const others = spots.filter((o) => o.paragraph === spot.paragraph && o !== spot);
    const set = roles.get(spot.name) ?? new Set<ParticipantRole>();
    for (const r of rolesAt(text, spot, others)) set.add(r);
    roles.set(spot.name, set);
  }
  return [...roles].map(([name, set]) => ({ name, roles: PARTICIPANT_ROLES.filter((r) => set.has(r)) }));
}
