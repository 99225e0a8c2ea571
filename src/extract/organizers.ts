// Organizations that held, hosted, undertook or ran the main activity.
//
// In order of trust:
//   1. `由 X、Y 主办/举办/承办/组织`, `X、Y 承办`: the page says who ran it; nothing else is added.
//   2. `X 联合 Y`, `X、Y 共同举办`, `X 持续开展`: organizations right before an organizer verb;
//      together with the subject of the title (`北方车辆集团工会慰问…`), or, with no
//      organization at the head of any title, the subject of the first paragraph
//      (`近日，北京建博海公司工会邀请…`), and the body of a person who led the group
//      (`北京市总工会党组成员、副主席赵丽君带领…评价组`).
//   3. With none of these, the union named most often.
import { JOINT_CUES, LEADER_CUES, ORGANIZER_VERBS, SUBJECT_VERBS, TIME_WORDS } from './lexicon/activity.ts';
import { TITLES_LONGEST_FIRST } from './lexicon/titles.ts';
import { isVenueAt, onLine, sentenceAt, sentences, titleLines } from './spans.ts';
import type { ArticleBlock, OrganizationMention } from './types.ts';

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

/** Rules 1 and 2 over the body: [explicit organizers (由…主办), organizers before a verb]. */
function organizersByVerb(block: ArticleBlock, organizations: OrganizationMention[]) {
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
      const after = text.slice(last.end);
      const gap = TIME_WORDS.exec(after)![0].length;
      const verb = ORGANIZER_VERBS.exec(after.slice(gap));
      if (verb) {
        const by = text.slice(Math.max(0, first.start - 1), first.start) === '由';
        if (by || /主办|承办/.test(verb[0])) { explicit.push(...list); sentencesWithBy.add(sentenceAt(text, first.start)[0]); }
        else pendingByVerb.push(list);
        continue;
      }
      // `X 近日联合 Y`: both ran it
      const joint = JOINT_CUES.exec(after);
      if (joint) {
        byVerb.push(...list);
        const partner = lists.find((l) => l[0]!.start === last.end + joint[0].length);
        if (partner) byVerb.push(...partner);
      }
    }
    // `由A牵头举办，B全面实施`: every runner named in a sentence that says 由…主办
    for (const list of pendingByVerb) {
      if (sentencesWithBy.has(sentenceAt(text, list[0]!.start)[0])) explicit.push(...list);
      else byVerb.push(...list);
    }
  });
  return { explicit, byVerb };
}

/** Organizations at the head of a title: `“将小爱”夏送清凉活动…`, `东湖街道工会为…送温暖`. */
function titleSubjects(block: ArticleBlock, organizations: OrganizationMention[]): OrganizationMention[] {
  for (const { paragraph, text } of titleLines(block)) {
    const orgs = onLine(organizations, paragraph);
    // quotes and a leading year do not keep an organization from heading the title: `2024年朝阳区总工会…`
    const lead = text.search(/[^“”"‘’《》「」\s\d年]/);
    const list = orgLists(orgs, text).find((l) => l[0]!.start <= Math.max(0, lead) + 1);
    if (list) return list;
  }
  return [];
}

const followedByTitle = (text: string, o: OrganizationMention) =>
  TITLES_LONGEST_FIRST.some((t) => text.slice(o.end, o.end + 12).includes(t) && !/[，。,；]/.test(text.slice(o.end, text.indexOf(t, o.end))));

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

const names = (orgs: OrganizationMention[]) => [...new Set(orgs.map((o) => o.canonical))];

export function findOrganizers(block: ArticleBlock, organizations: OrganizationMention[]): string[] {
  const { explicit, byVerb } = organizersByVerb(block, organizations);
  if (explicit.length) return names(explicit);
  const title = titleSubjects(block, organizations);
  const subject = title.length ? title : firstParagraphSubjects(block, organizations);
  const found = [...subject, ...byVerb, ...leaderBodies(block, organizations)];
  return names(found.length ? found : mostNamedUnion(organizations));
}
