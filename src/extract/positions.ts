import type { ArticleBlock, OrganizationMention, PersonMention, PositionFact } from './types.ts';

/** Stage 6: titles that people hold in organizations. */
export function findPositions(block: ArticleBlock, people: PersonMention[], organizations: OrganizationMention[]): PositionFact[] {
  void block; void people; void organizations;
  return [];
}
