import type { ArticleBlock } from './types.ts';

/** One line of an article to search for names: `paragraph` is the index into
 *  `block.paragraphs`, or negative for title lines (-1 the headline, -2 the
 *  first alt title, -3 the second ...). */
export interface ArticleLine { paragraph: number; text: string }

export function articleLines(block: ArticleBlock): ArticleLine[] {
  const lines: ArticleLine[] = [];
  if (block.headline) lines.push({ paragraph: -1, text: block.headline });
  block.alt_titles.forEach((text, i) => lines.push({ paragraph: -2 - i, text }));
  block.paragraphs.forEach((text, i) => lines.push({ paragraph: i, text }));
  return lines;
}

