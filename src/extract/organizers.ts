// Organizations that held, hosted, undertook or ran the main activity.
//
// In order of trust:
//   1. `由 X、Y 主办/举办/承办/组织`, `X、Y 承办`, `由A牵头，联合B、C共同举办`, `主办单位为X`:
//      the page says who ran it; only a headline runner (`X举办…`) is added. `协办`, `支持` bodies never are.
//   2. `X 联合 Y`, `X、Y 共同举办`, `X 持续开展`: organizations right before an organizer verb;
//      together with the subject of the title (`北方车辆集团工会慰问…`), or, with no
//      organization at the head of any title, the subject of the first paragraph
//      (`近日，北京建博海公司工会邀请…`), and the body of a person who led the group
//      (`北京市总工会党组成员、副主席赵丽君带领…评价组`).
//      A headline's subject comes before the lead's, the lead's before a kicker's (which may be
//      about the host). A summary of measures (`五举措…`) keeps only its subject.
//   3. With none of these, the union named most often.
// A description (`各街道工会`, `外地工会`) and a body inside another's name are never organizers;
// a district followed by a runner's verb (`怀柔区召开`) stands for its government.
import { isMeasuresSummary } from './activityKind.ts';
import { COLLECTIVE, HELPER_VERBS, RUNNER_ROLE_BEFORE, JOINT_CUES, LATER_HOLD, LEAD_THEN_HOLD, LEADER_CUES, ORGANIZER_VERBS, SENTENCE_OPENERS, SUBJECT_VERBS, TIME_WORDS, UNNAMED_MEMBERS } from './lexicon/activity.ts';
import { titleAt } from './lexicon/titles.ts';
import { byLine, isVenueAt, lineText, onLine, sentenceAt, sentences, titleLines } from './spans.ts';
import { DISTRICTS } from './types.ts';
import type { ArticleBlock, OrganizationMention, PlaceMention } from './types.ts';
import { matchesOf } from './matches.ts';
import { ruleSet, type RuleId } from './rules.ts';
import { evidenceAt, firstBy } from './evidence.ts';
import type { Traced } from './types.ts';

const isVenue = (text: string, o: OrganizationMention) => isVenueAt(text, o.start);

const LIST_JOINER = /^[、和与及]$|^以及$/;

/** Runs of organizations joined by `、`/`和`: `市总工会职工服务中心、石景山区总工会`. */
function orgLists(orgs: OrganizationMention[], text: string): OrganizationMention[][] {
  const lists: OrganizationMention[][] = [];
  for (const o of orgs) {
    const prev = lists[lists.length - 1];
    const tail = prev?.[prev.length - 1];
    if (tail && o.start > tail.end && LIST_JOINER.test(text.slice(tail.end, o.start))) prev!.push(o);
    else if (tail && o.start < tail.end) continue; // nested mention
    else lists.push([o]);
  }
  return lists;
}

/** The rules that made each mention an organizer, as they are read. */
class Reasons {
  readonly of = new Map<OrganizationMention, RuleId[]>();
  /** `list`, each tagged with `rule`. */
  tag(list: OrganizationMention[], rule: RuleId): OrganizationMention[] {
    for (const o of list) this.of.set(o, ruleSet(this.of.get(o), rule));
    return list;
  }
  /** The canonical names of `orgs`, each once, with the rules of their mentions and the sentence of the first. */
  names(block: ArticleBlock, orgs: OrganizationMention[]): Map<string, Traced> {
    const shown = firstBy(orgs, (o) => o.canonical);
    const out = new Map<string, Traced>();
    for (const o of orgs) {
      const known = out.get(o.canonical);
      if (known) known.rules = ruleSet(known.rules, this.of.get(o));
      else out.set(o.canonical, { rules: ruleSet(this.of.get(o)), evidence: evidenceAt(block, shown.get(o.canonical)!) });
    }
    return out;
  }
}

/** Rules 1 and 2 over the body: [explicit organizers (由…主办), organizers before a verb]. */
function organizersByVerb(block: ArticleBlock, organizations: OrganizationMention[], why: Reasons) {
  const explicit: OrganizationMention[] = [];
  const byVerb: OrganizationMention[] = [];
  block.paragraphs.forEach((text, paragraph) => {
    const lists = orgLists(onLine(organizations, paragraph), text);
    const sentencesWithBy = new Set<number>();
    const pendingByVerb: OrganizationMention[][] = [];
    for (const list of lists) {
      const first = list[0]!;
      const last = list[list.length - 1]!;
      // `在该街道工会服务站开展…`: the place it was held, not who held it
      if (isVenue(text, first)) continue;
      if (RUNNER_ROLE_BEFORE.test(text.slice(Math.max(0, first.start - 8), first.start))) { explicit.push(...why.tag(list, 'organizer.explicit')); continue; }
      const after = text.slice(last.end);
      const gap = TIME_WORDS.exec(after)![0].length || (UNNAMED_MEMBERS.exec(after)?.[0].length ?? 0);
      const verb = ORGANIZER_VERBS.exec(after.slice(gap));
      if (verb && (!verb[0].startsWith('牵头') || LEAD_THEN_HOLD.test(after.slice(gap)))) {
        const by = text.slice(Math.max(0, first.start - 1), first.start) === '由';
        if (by || /主办|承办/.test(verb[0])) { explicit.push(...why.tag(list, 'organizer.explicit')); sentencesWithBy.add(sentenceAt(text, first.start)[0]); }
        else pendingByVerb.push(list);
        continue;
      }
      // `X 近日联合 Y`: both ran it
      const joint = JOINT_CUES.exec(after);
      if (joint) {
        byVerb.push(...why.tag(list, 'organizer.joint'));
        const partner = lists.find((l) => l[0]!.start === last.end + joint[0].length);
        if (partner) byVerb.push(...why.tag(partner, 'organizer.joint'));
        continue;
      }
      // `北下关街道总工会为了…，在…分别开展送清凉活动`: the body that opens the sentence holds it
      const [sentenceStart, sentenceEnd] = sentenceAt(text, first.start);
      if (!SENTENCE_OPENERS.test(text.slice(sentenceStart, first.start)) || followedByTitle(text, last)) continue;
      const next = lists.find((l) => l[0]!.start > last.end);
      const rest = text.slice(last.end, Math.min(sentenceEnd, next ? next[0]!.start : sentenceEnd));
      const hold = LATER_HOLD.exec(rest);
      if (hold && !HELPER_VERBS.test(hold[0])) byVerb.push(...why.tag(list, 'organizer.sentence-subject'));
    }
    // `由A牵头举办，B全面实施`: every runner named in a sentence that says 由…主办
    for (const list of pendingByVerb) {
      if (sentencesWithBy.has(sentenceAt(text, list[0]!.start)[0])) explicit.push(...why.tag(list, 'organizer.explicit'));
      else byVerb.push(...why.tag(list, 'organizer.before-verb'));
    }
  });
  return { explicit, byVerb };
}

/** A subject's verb right after a name, past time words: `西城区总工会走进建设工地`. */
const SUBJECT_ACTS = new RegExp(`^(?:${TIME_WORDS.source.slice(1)})(?:${SUBJECT_VERBS.source})`);

/** Organizations at the head of a title: `“将小爱”夏送清凉活动…`, `东湖街道工会为…送温暖`. */
function titleSubjects(block: ArticleBlock, organizations: OrganizationMention[]): OrganizationMention[] {
  for (const { paragraph, text } of titleLines(block)) {
    const orgs = onLine(organizations, paragraph);
    // quotes and a leading year do not keep an organization from heading the title: `2024年朝阳区总工会…`;
    // nor does a slogan set off before it: `送温暖｜北京市总工会走进工地`, `喜迎新春：区总工会…`
    const heads = [0, ...matchesOf(/[｜|:：—\s]+/g, text).map((m) => m.index + m[0].length)]
      .map((at) => at + Math.max(0, text.slice(at).search(/[^“”"‘’《》「」\s\d年]/)));
    const acts = (l: OrganizationMention[]) => SUBJECT_ACTS.test(text.slice(l[l.length - 1]!.end)) || heldRightAfter(text, l[l.length - 1]!.end);
    const list = orgLists(orgs, text).find((l) => l[0]!.start <= heads[0]! + 1)
      ?? orgLists(orgs, text).find((l) => heads.slice(1).some((h) => l[0]!.start >= h && l[0]!.start <= h + 1) && acts(l));
    if (list) return list;
  }
  return [];
}

/** A listed title within 12 characters after the body, with no clause stop before it. Read along
 *  those characters: at each, a stop ends the search, else a title opening there is one. */
const followedByTitle = (text: string, o: OrganizationMention) => {
  const after = text.slice(o.end, o.end + 12);
  for (let at = 0; at < after.length; at++) {
    if (CLAUSE_STOPS.has(after.charCodeAt(at))) return false;
    if (titleAt(after, at)) return true;
  }
  return false;
};
const CLAUSE_STOPS = new Set([...'，。,；'].map((c) => c.charCodeAt(0)));

/** Organizations before the first activity verb of a clause of the first
 *  paragraph, leaving out venues (`在…`) and bodies in a person's title. */
function firstParagraphSubjects(block: ArticleBlock, organizations: OrganizationMention[]): OrganizationMention[] {
  const text = block.paragraphs[0] ?? '';
  const orgs = onLine(organizations, 0);
  // quoted speech opens many reports; its words are not the report's subject
  const masked = text.replace(/“[^”]*[，。,！？][^”]*”/g, (q) => ' '.repeat(q.length));
  let from = 0;
  for (const clause of masked.split(/[，。,；！？]/)) {
    const start = from;
    from += clause.length + 1;
    const v = clause.search(SUBJECT_VERBS);
    if (v < 0) continue;
    const subjects = orgs.filter((o) => o.start >= start && o.end <= start + v)
      .filter((o) => !isVenue(text, o))
      .filter((o) => !followedByTitle(text, o));
    if (subjects.length) return subjects;
  }
  return [];
}

/** Unions in the title phrase of a person who led the group: `…区总工会主席张克斌带队`. */
function leaderBodies(block: ArticleBlock, organizations: OrganizationMention[]): OrganizationMention[] {
  const out: OrganizationMention[] = [];
  const text = block.paragraphs[0] ?? '';
  for (const [s, e] of sentences(text)) {
    const cue = text.slice(s, e).search(LEADER_CUES);
    if (cue < 0) continue;
    for (const o of onLine(organizations, 0)) {
      if (o.start >= s && o.end <= s + cue && o.kind === 'union' && followedByTitle(text, o)) out.push(o);
    }
  }
  return out;
}

function mostNamedUnion(organizations: OrganizationMention[]): OrganizationMention[] {
  const count = new Map<string, number>();
  for (const o of organizations) if (o.kind === 'union') count.set(o.canonical, (count.get(o.canonical) ?? 0) + 1);
  const top = [...count].sort((a, b) => b[1] - a[1])[0];
  return top ? organizations.filter((o) => o.canonical === top[0]).slice(0, 1) : [];
}

/** A company's own union: `北京市地铁运营有限公司工会`, `北方车辆集团工会`. */
const COMPANY_UNION = /(?:公司|集团|厂|局|院|分公司)工会$/;

/** A runner's verb right after `end`, past time words: `…工会近日举办`, `怀柔区召开`. */
function heldRightAfter(text: string, end: number): boolean {
  const after = text.slice(end);
  const rest = after.slice(TIME_WORDS.exec(after)![0].length);
  return ORGANIZER_VERBS.test(rest) || /^举行/.test(rest);
}

/** A district that holds an event stands for its government (`由北京经济技术开发区主办`,
 *  `怀柔区召开`): the place, where no body's name covers it and a runner's verb follows. */
function placeBodies(block: ArticleBlock, places: PlaceMention[], organizations: OrganizationMention[]): OrganizationMention[] {
  return places
    .filter((p) => p.paragraph >= 0 && (DISTRICTS as readonly string[]).includes(p.name))
    .filter((p) => !organizations.some((o) => o.paragraph === p.paragraph && o.start <= p.start && p.end <= o.end))
    // `赴怀柔区开展疗休养`, `在怀柔区召开`: where it went, not who held it
    .filter((p) => !/(?:赴|前往|到|在|于|走进|深入)$/.test(lineText(block, p.paragraph).slice(Math.max(0, p.start - 2), p.start)))
    .filter((p) => heldRightAfter(lineText(block, p.paragraph), p.end))
    .map((p) => ({ ...p, canonical: p.name, kind: 'government' as const, rule: 'organizer.place-government' as const }));
}

/** Mentions that lie inside a longer mention of the same line. Each line's mentions are read once
 *  in order of their starts, keeping the farthest end so far, so a line with thousands of
 *  mentions is not read once per mention. */
function insideLonger(mentions: OrganizationMention[]): Set<OrganizationMention> {
  const inner = new Set<OrganizationMention>();
  for (const line of byLine(mentions).values()) {
    // byLine orders a line by start, the longer first: a mention is inside a longer one when one
    // that starts before it reaches as far, or one that starts with it reaches farther
    let reach = -Infinity;
    for (let i = 0; i < line.length;) {
      let j = i;
      while (j < line.length && line[j]!.start === line[i]!.start) j++;
      const longest = line[i]!.end;
      for (let k = i; k < j; k++) {
        const m = line[k]!;
        if (reach >= m.end || longest > m.end) inner.add(m);
      }
      reach = Math.max(reach, longest);
      i = j;
    }
  }
  return inner;
}

export function findOrganizers(block: ArticleBlock, organizations: OrganizationMention[], places: PlaceMention[] = []): string[] {
  return [...traceOrganizers(block, organizations, places).keys()];
}

/** The organizers of the activity, each once, with the rules that made it one and the sentence that says so. */
export function traceOrganizers(block: ArticleBlock, organizations: OrganizationMention[], places: PlaceMention[] = []): Map<string, Traced> {
  const why = new Reasons();
  // `海淀各街道工会` names many bodies, none of them
  const inner = insideLonger(organizations);
  const bodies = organizations.filter((o) => !COLLECTIVE.test(o.text))
    // `首都医科大学附属北京康复医院`: the body named, not the one inside its name
    .filter((o) => !inner.has(o));
  const withPlaces = [...bodies, ...why.tag(placeBodies(block, places, bodies), 'organizer.place-government')];
  const { explicit, byVerb } = organizersByVerb(block, withPlaces, why);
  const headline = titleSubjects({ ...block, alt_titles: [] }, bodies);
  if (explicit.length) {
    // `朝阳区总工会举办职工篮球赛` over `由区体育中心承办`: the headline's runner ran it too
    const heldBy = headline.length && heldRightAfter(block.headline ?? '', headline[headline.length - 1]!.end) ? headline : [];
    return why.names(block, [...why.tag(heldBy, 'organizer.headline-runner'), ...explicit]);
  }
  // a kicker may be about the host (`天安门环境服务中心职工将全员值守春节假期`): the lead comes before it
  const subject = headline.length ? why.tag(headline, 'organizer.title-subject') : why.tag(firstParagraphSubjects(block, bodies), 'organizer.lead-subject');
  let title = subject.length ? subject : why.tag(titleSubjects(block, bodies), 'organizer.kicker-subject');
  // `北京地铁运营公司开展…培训` over `北京市地铁运营有限公司工会组织开展…`: a headline names the
  // company where the lead names the company's union that ran it
  if (title.length && title.every((o) => o.kind === 'company')) {
    const lead = firstParagraphSubjects(block, bodies);
    if (lead.length && lead.every((o) => o.kind === 'union' && COMPANY_UNION.test(o.canonical))) title = why.tag(lead, 'organizer.company-union');
  }
  // a summary of measures names the runner of each measure; the report's own subject ran it
  const runners = !isMeasuresSummary(block) ? byVerb : title.length ? [] : byVerb.filter((o) => o.paragraph === 0);
  const found = [...title, ...runners, ...why.tag(leaderBodies(block, bodies), 'organizer.leader-body')];
  return why.names(block, found.length ? found : why.tag(mostNamedUnion(bodies), 'organizer.most-named'));
}
