// A Traditional page is read through its Simplified form (text/script.ts):
// every stage runs on the Simplified text, so names come out as the graph
// keeps them (趙麗君 on the page is the person 赵丽君). What a reader reads
// is given back as printed: titles, the body, the section, the words a date
// was read from, and each fact's evidence.
//
//   read    `东城区总工会副主席刘红梅带队慰问`  ->  person 刘红梅
//   printed `東城區總工會副主席劉紅梅帶隊慰問`  ->  evidence `東城區總工會副主席劉紅梅帶隊慰問`
//
// The conversion keeps every character at its offset, so a piece of the read
// text at offset i is the printed text at offset i. The stages cut and join
// lines (a paragraph is rejoined across column breaks, a dateline split off),
// so a string they return is mapped back piece by piece: its longest runs
// that the read page holds, each to the printed characters at the same place.
import type { ActivityEvidence, ArticleFacts, Evidence } from './types.ts';

export class PrintedText {
  constructor(private readonly read: string, private readonly printed: string) {
    if (read.length !== printed.length) throw new Error('PrintedText: the read text must be as long as the printed one');
  }

  /** `s`, a string taken from the read text, in the printed characters; of the same length. */
  of(s: string): string {
    if (this.read === this.printed) return s;
    let out = '';
    let i = 0;
    while (i < s.length) {
      let at = this.read.indexOf(s[i]!);
      if (at < 0) { out += s[i]; i++; continue; } // not from the page (none known): as it is
      let len = 1;
      while (i + len < s.length) {
        if (this.read[at + len] === s[i + len]) { len++; continue; }
        const next = this.read.indexOf(s.slice(i, i + len + 1), at + 1);
        if (next < 0) break;
        at = next;
        len++;
      }
      out += this.printed.slice(at, at + len);
      i += len;
    }
    return out;
  }
}

/** An article's facts with the text a reader reads as printed; names stay as read. */
export function printedArticle(a: ArticleFacts, printed: PrintedText): ArticleFacts {
  const body = printed.of(a.body);
  // Evidence in the body is the body's own slice; a title line or a byline is mapped as a line.
  const ev = (e: Evidence): Evidence => ({
    ...e,
    text: e.start !== null && e.end !== null && a.body.slice(e.start, e.end) === e.text ? body.slice(e.start, e.end) : printed.of(e.text),
  });
  const evOf = <T extends { evidence?: Evidence }>(x: T): T => (x.evidence ? { ...x, evidence: ev(x.evidence) } : x);
  const map = (r: Record<string, Evidence>): Record<string, Evidence> =>
    Object.fromEntries(Object.entries(r).map(([k, e]) => [k, ev(e)]));
  const act = a.activity;
  const actEvidence: ActivityEvidence | undefined = act.evidence && {
    districts: map(act.evidence.districts),
    organizers: map(act.evidence.organizers),
    ...(act.evidence.date ? { date: ev(act.evidence.date) } : {}),
  };
  return {
    ...a,
    headline: a.headline === null ? null : printed.of(a.headline),
    alt_titles: a.alt_titles.map((t) => printed.of(t)),
    section: a.section === null ? null : printed.of(a.section),
    authors: a.authors.map(evOf),
    activity: {
      ...act,
      ...(act.date_text ? { date_text: printed.of(act.date_text) } : {}),
      ...(actEvidence ? { evidence: actEvidence } : {}),
    },
    participants: a.participants.map(evOf),
    positions: a.positions.map(evOf),
    people: a.people.map(evOf),
    organizations: a.organizations.map(evOf),
    places: a.places.map(evOf),
    body,
  };
}
