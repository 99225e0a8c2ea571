// A page's facts as lines a reader can check against the page, each with the
// rules that made it, and at the end what each of those rules is for:
//
//   article 1  区总工会慰问一线职工                       heading.marked
//     person      刘红梅                                person.after-title
//     position    刘红梅 | 东城区总工会 | 副主席          position.in-phrase
//   …
//   rules
//     heading.marked  a line marked as a heading (`## `) opens an article
import { RULES, type RuleId } from './rules.ts';
import type { PageExtraction } from './types.ts';

const WIDTH = 44;

/** `what` padded to a column, then the rules; East Asian characters count twice. */
function line(indent: string, kind: string, what: string, rules: readonly RuleId[] | undefined, used: Set<RuleId>): string {
  for (const r of rules ?? []) used.add(r);
  const head = `${indent}${kind.padEnd(kind ? 12 : 0)}${what}`;
  const width = [...head].reduce((n, c) => n + (c.charCodeAt(0) > 0x2e80 ? 2 : 1), 0);
  return `${head}${' '.repeat(Math.max(2, WIDTH - width))}${(rules ?? []).join(', ') || '(no rule)'}`;
}

export function formatTrace(page: PageExtraction): string {
  const used = new Set<RuleId>();
  const out: string[] = [];
  out.push(line('', '', `page ${page.file}${page.issue_date ? `  issue ${page.issue_date}` : ''}`, page.issue_rules, used));
  page.articles.forEach((a, i) => {
    out.push(line('', '', `article ${i + 1}  ${a.headline ?? '(no title)'}`, a.rules, used));
    for (const x of a.authors) out.push(line('  ', 'author', `${x.name} ${x.role}`, x.rules, used));
    for (const x of a.people) out.push(line('  ', 'person', x.occupation ? `${x.name} (${x.occupation})` : x.name, x.rules, used));
    for (const x of a.organizations) out.push(line('  ', 'org', `${x.name} ${x.kind}${x.aliases.length ? ` (${x.aliases.join('、')})` : ''}`, x.rules, used));
    for (const x of a.positions) out.push(line('  ', 'position', `${x.name} | ${x.organization} | ${x.titles.join('、')}`, x.rules, used));
    for (const x of a.participants) out.push(line('  ', 'participant', `${x.name} ${x.roles.join(' ')}`, x.rules, used));
    for (const x of a.places) out.push(line('  ', 'place', x.district && x.district !== x.name ? `${x.name} (${x.district})` : x.name, x.rules, used));
    const act = a.activity;
    out.push(line('  ', 'kind', act.kind, act.rules?.kind, used));
    for (const d of act.districts) out.push(line('  ', 'district', d, act.rules?.districts[d], used));
    for (const o of act.organizers) out.push(line('  ', 'organizer', o, act.rules?.organizers[o], used));
    if (act.date || act.rules?.date.length) out.push(line('  ', 'date', `${act.date ?? 'none'}${act.date_text ? ` (${act.date_text})` : ''}`, act.rules?.date, used));
  });
  out.push('rules');
  for (const id of [...used].sort()) out.push(`  ${id.padEnd(34)}${RULES.get(id)?.why ?? ''}`);
  return out.join('\n');
}
