// News outlets named as the source of a report: a paper, site or station right before
// 记者/讯/通讯员, or after 据/来源 (`文/北京青年报记者 王斌`, `工人日报-中工网记者赖志凯`,
// `中工网讯`, `据北京晚报报道`, `来源：千龙网`). The outlet is an organization of kind media;
// `本报`, `本网` are the paper itself and name nothing.
import { matchesOf } from '../matches.ts';

export interface MediaOutlet { start: number; end: number; text: string }

const OUTLET = '[\\u4e00-\\u9fff]{1,8}?(?:报|网|电视台|广播电台|电台|台|社|杂志)';
const BEFORE_CREDIT = new RegExp(`((?:${OUTLET}[-－—])*${OUTLET})(?=记者|讯|通讯员|特约|消息|报道|客户端)`, 'g');
const AFTER_SOURCE = new RegExp(`(?:据|来源[:：]\\s*)(${OUTLET})(?=报道|消息|[，,。\\s]|$)`, 'g');
const MEDIA_LIST = new RegExp(`((?:${OUTLET}、)+${OUTLET})等(?:多家|中央|市属|新闻|主流)*媒体`, 'g');
const CREDIT_WORD = /记者|讯|通讯员|特约|消息|报道|客户端/;
const WHOLE_OUTLET = new RegExp(`^${OUTLET}$`);
/** What may stand before an outlet's name in a credit line. */
const OPENS = /^$|[\s/／:：（(，,。、“”]$/;
const NOT_OUTLETS = /^(本|该|此|我|全|各|据|来源)/;

export function mediaOutlets(text: string): MediaOutlet[] {
  const out: MediaOutlet[] = [];
  const push = (start: number, name: string) => {
    if (name.length < 3 && !/社$/.test(name) || NOT_OUTLETS.test(name) || out.some((o) => o.start === start)) return;
    out.push({ start, end: start + name.length, text: name });
  };
  // Each pattern runs only on text holding the word it ends on: a lazy name scan over a
  // whole paragraph costs more than the rest of the stage.
  if (CREDIT_WORD.test(text)) for (const m of matchesOf(BEFORE_CREDIT, text)) {
    if (!OPENS.test(text.slice(Math.max(0, m.index! - 1), m.index!))) continue;
    let at = m.index!;
    for (const part of m[1]!.split(/[-－—]/)) { push(at, part); at += part.length + 1; }
  }
  if (/据|来源/.test(text)) for (const m of matchesOf(AFTER_SOURCE, text)) push(m.index! + m[0]!.indexOf(m[1]!), m[1]!);
  // `北京电视台、千龙网等媒体进行了报道`: the outlets of a list of media.
  if (text.includes('媒体')) for (const m of matchesOf(MEDIA_LIST, text)) {
    let at = m.index!;
    for (const part of m[1]!.split('、')) {
      if (WHOLE_OUTLET.test(part) && OPENS.test(text.slice(Math.max(0, at - 1), at))) push(at, part);
      at += part.length + 1;
    }
  }
  return out;
}
