// Stage 2: the people who wrote or photographed an article, with their roles.
//   dateline `本报讯（记者 余翠平 通讯员 刘裕泽 王哲）` -> 余翠平 reporter, 刘裕泽 and 王哲 correspondents
//   credit   `本报记者 边磊 摄影报道`                -> 边磊 photographer (any `摄` credit is a photo credit)
//   byline   `（记者 张晶）` closing an article        -> 张晶 reporter
import { parseByline, parseCredit } from './layout/byline.ts';
import type { RuleId } from './rules.ts';
import { lineEvidence } from './evidence.ts';
import type { ArticleBlock, Author } from './types.ts';

const BRACKETED = /^[（(].*[）)]$/u;

/** Stage 2: authors from the dateline and credit lines. */
export function findAuthors(block: ArticleBlock): Author[] {
  const found: Author[] = [];
  const add = (a: { name: string; role: Author['role'] }, rules: RuleId[], line: string) => {
    if (!found.some((f) => f.name === a.name && f.role === a.role)) found.push({ name: a.name, role: a.role, rules, evidence: lineEvidence(line) });
  };
  // a dateline's opener (`本报讯`) and the names in its brackets; or a byline's own form
  const dated = block.datelineRules ?? ['byline.dateline'];
  if (block.dateline) for (const a of parseByline(block.dateline)) add(a, dated, block.dateline);
  for (const line of block.credits) {
    const credit = parseCredit(line);
    // a bracketed byline closing the text (`…。（特约记者 刘长青）`) or a byline line of its own
    const form: RuleId = credit ? 'byline.credit' : BRACKETED.test(line) ? 'byline.bracketed' : 'byline.line';
    for (const a of credit?.names ?? parseByline(line)) add(a, [form], line);
  }
  return found;
}
