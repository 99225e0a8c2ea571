import type { ArticleBlock, Author, PersonMention } from './types.ts';

/** Stage 3: named persons in the article's text. */
export function findPeople(block: ArticleBlock, authors: Author[]): PersonMention[] {
  void block; void authors;
  return [];
}
