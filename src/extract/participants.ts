import type { ArticleBlock, Author, ParticipantFact, PersonMention, PositionFact } from './types.ts';

/** Stage 8: people who took part in the main activity, with their roles. */
export function findParticipants(block: ArticleBlock, people: PersonMention[], positions: PositionFact[], authors: Author[]): ParticipantFact[] {
  void block; void people; void positions; void authors;
  return [];
}
