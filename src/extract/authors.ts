import type { ArticleBlock, Author } from './types.ts';

/** Stage 2: authors from the dateline and credit lines. */
export function findAuthors(block: ArticleBlock): Author[] {
  void block;
  return [];
}
