import type { ActivityFact, ArticleBlock, OrganizationMention, PlaceMention } from './types.ts';

/** Stage 7: the article's main activity. */
export function findActivity(block: ArticleBlock, organizations: OrganizationMention[], places: PlaceMention[]): ActivityFact {
  void block; void organizations; void places;
  return { kind: 'other', districts: [], organizers: [] };
}
