// The kind of an article's main activity.
//
// A title names the event: its rightmost cue is the head of the phrase
// (`歌咏比赛展示活动` is a show, `技能竞赛颁奖仪式` a ceremony). The main title
// is read first, then the other title lines; with no cue in any title, the
// body's cues are counted by weight, the first paragraph twice.
import { type KindCueId, KIND_CUES, MEASURE_LIST, MEASURE_OPENER, MEASURES_TITLE, SPEECH_BEFORE_LIST } from './lexicon/activity.ts';
import type { ActivityKind, ArticleBlock } from './types.ts';
import { matchesOf } from './matches.ts';
import type { RuleId } from './rules.ts';

interface Hit { kind: ActivityKind; at: number; weight: number; rule: KindCueId }

function cues(text: string): Hit[] {
  const hits: Hit[] = [];
  for (const cue of KIND_CUES) {
    for (const m of matchesOf(cue.pattern, text)) {
      hits.push({ kind: cue.kind, at: m.index + m[0].length, weight: cue.weight, rule: cue.id });
    }
  }
  return hits;
}

/** The rightmost cue of a title line: `首都职工志愿服务成果展示活动举行` -> show.
 *  A cue inside a `…的` modifier describes someone, not the event:
 *  `慰问参加技能比赛的职工` is a visit. */
export function kindOfTitle(title: string): ActivityKind | null {
  return titleCue(title)?.kind ?? null;
}

function titleCue(title: string): Hit | null {
  const all = cues(title);
  const heads = all.filter((h) => title[h.at] !== '的');
  const hits = heads.length ? heads : all;
  if (!hits.length) return null;
  return hits.reduce((a, b) => (b.at > a.at || (b.at === a.at && b.weight > a.weight) ? b : a));
}

/** A body must say it more than once, or once in its opening, to name the
 *  event: one `学习` in a closing paragraph leaves the kind `other`. */
const BODY_EVIDENCE = 4;

/** The kind with the most cue weight in the body paragraphs, or null. */
export function kindOfBody(paragraphs: string[]): ActivityKind | null {
  return bodyCues(paragraphs)?.kind ?? null;
}

/** The body's kind and the cues of that kind it read. */
function bodyCues(paragraphs: string[]): { kind: ActivityKind; rules: KindCueId[] } | null {
  const score = new Map<ActivityKind, number>();
  const read = new Map<ActivityKind, KindCueId[]>();
  paragraphs.forEach((p, i) => {
    for (const h of cues(p)) {
      score.set(h.kind, (score.get(h.kind) ?? 0) + h.weight * (i === 0 ? 2 : 1));
      const ids = read.get(h.kind) ?? [];
      if (!ids.includes(h.rule)) read.set(h.kind, [...ids, h.rule]);
    }
  });
  let best: ActivityKind | null = null;
  let top = BODY_EVIDENCE - 1;
  for (const [kind, s] of score) if (s > top) { best = kind; top = s; }
  return best ? { kind: best, rules: read.get(best)! } : null;
}

/** A report that sums up several measures (`五举措助力…`, `在培训方面，…`, `一是…二是…`)
 *  has no one event: no measure's kind is the report's. */
export function isMeasuresSummary(block: ArticleBlock): boolean {
  if (block.headline && MEASURES_TITLE.test(block.headline)) return true;
  if (block.paragraphs.filter((p) => MEASURE_OPENER.test(p)).length >= 2) return true;
  return block.paragraphs.some((p) => MEASURE_LIST.test(p) && !SPEECH_BEFORE_LIST.test(p));
}

export function findActivityKind(block: ArticleBlock): ActivityKind {
  return traceActivityKind(block).kind;
}

/** The kind of the article's main activity and the rules that decided it. */
export function traceActivityKind(block: ArticleBlock): { kind: ActivityKind; rules: RuleId[] } {
  // a piece continued from another page: its main activity is reported where it starts
  if (block.fragment || !block.headline) return { kind: 'other', rules: ['kind.continued'] };
  // a section banner (`夏送清凉 工会行动`) stands over several articles: read it after the article's own titles
  const own = block.alt_titles.filter((t) => t !== block.section);
  const banner = block.alt_titles.filter((t) => t === block.section);
  for (const title of [block.headline, ...own, ...banner]) {
    const cue = titleCue(title);
    if (cue) return { kind: cue.kind, rules: ['kind.title', cue.rule] };
  }
  if (isMeasuresSummary(block)) return { kind: 'other', rules: ['kind.measures'] };
  const body = bodyCues(block.paragraphs);
  return body ? { kind: body.kind, rules: ['kind.body', ...body.rules] } : { kind: 'other', rules: ['kind.none'] };
}
