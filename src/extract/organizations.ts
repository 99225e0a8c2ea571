import type { ArticleBlock, OrganizationMention, PlaceMention } from './types.ts';

/** Stage 5: named organizations, resolved to canonical names. */
export function findOrganizations(block: ArticleBlock, places: PlaceMention[]): OrganizationMention[] {
  void block; void places;
  return [];
}
