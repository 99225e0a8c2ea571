import type { ArticleBlock, PlaceMention } from './types.ts';

/** Stage 4: districts, streets, areas, towns and places outside Beijing. */
export function findPlaces(block: ArticleBlock): PlaceMention[] {
  void block;
  return [];
}
