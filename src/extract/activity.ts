// Stage 7: the article's main activity — its kind, where it took place, who ran it.
import { findActivityKind } from './activityKind.ts';
import { findDistricts } from './districts.ts';
import { findOrganizers } from './organizers.ts';
import type { ActivityFact, ArticleBlock, OrganizationMention, PlaceMention } from './types.ts';

export function findActivity(block: ArticleBlock, organizations: OrganizationMention[], places: PlaceMention[]): ActivityFact {
  const organizers = findOrganizers(block, organizations, places);
  return {
    kind: findActivityKind(block),
    districts: findDistricts(block, organizations, places, organizers),
    organizers,
  };
}
