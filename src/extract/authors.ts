// Stage 2: the people who wrote or photographed an article, with their roles.
//   dateline `本报讯（记者 余翠平 通讯员 刘裕泽 王哲）` -> 余翠平 reporter, 刘裕泽 and 王哲 correspondents
//   credit   `本报记者 边磊 摄影报道`                -> 边磊 photographer (any `摄` credit is a photo credit)
//   byline   `（记者 张晶）` closing an article        -> 张晶 reporter
import { parseByline, parseCredit } from './layout/byline.ts';
import type { ArticleBlock, Author } from './types.ts';

/** Stage 2: authors from the dateline and credit lines. */
export function findAuthors(block: ArticleBlock): Author[] {
  const found: Author[] = [];
  const add = (a: Author) => {
    if (!found.some((f) => f.name === a.name && f.role === a.role)) found.push(a);
  };
  if (block.dateline) for (const a of parseByline(block.dateline)) add(a);
  for (const line of block.credits) for (const a of parseCredit(line)?.names ?? parseByline(line)) add(a);
  return found;
}
