import type { ArticleBlock } from './types.ts';

/** Stage 1: splits a page into article blocks. */
export function segmentPage(text: string): ArticleBlock[] {
  void text;
  return [];
}
