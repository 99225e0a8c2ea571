// Stage 7: the article's main activity — its kind, where it took place, who ran it.
import { traceActivityKind } from './activityKind.ts';
import { traceDistricts } from './districts.ts';
import { traceOrganizers } from './organizers.ts';
import type { ActivityFact, ArticleBlock, OrganizationMention, PlaceMention } from './types.ts';

export function findActivity(block: ArticleBlock, organizations: OrganizationMention[], places: PlaceMention[]): ActivityFact {
  const organizers = traceOrganizers(block, organizations, places);
  const kind = traceActivityKind(block);
  const districts = traceDistricts(block, organizations, places, [...organizers.keys()]);
  return {
    kind: kind.kind,
    districts: [...districts.keys()],
    organizers: [...organizers.keys()],
    rules: { kind: kind.rules, districts: Object.fromEntries(districts), organizers: Object.fromEntries(organizers), date: [] },
  };
}
