// Stage 7: the article's main activity — its kind, where it took place, who ran it.
import { traceActivityKind } from './activityKind.ts';
import { traceDistricts } from './districts.ts';
import { traceOrganizers } from './organizers.ts';
import type { ActivityFact, ArticleBlock, Evidence, OrganizationMention, PlaceMention, Traced } from './types.ts';
import type { RuleId } from './rules.ts';

const rulesOf = (m: Map<string, Traced>): Record<string, RuleId[]> => Object.fromEntries([...m].map(([k, t]) => [k, t.rules]));
const evidenceOf = (m: Map<string, Traced>): Record<string, Evidence> => Object.fromEntries([...m].map(([k, t]) => [k, t.evidence]));

export function findActivity(block: ArticleBlock, organizations: OrganizationMention[], places: PlaceMention[]): ActivityFact {
  const organizers = traceOrganizers(block, organizations, places);
  const kind = traceActivityKind(block);
  const districts = traceDistricts(block, organizations, places, [...organizers.keys()]);
  return {
    kind: kind.kind,
    districts: [...districts.keys()],
    organizers: [...organizers.keys()],
    rules: { kind: kind.rules, districts: rulesOf(districts), organizers: rulesOf(organizers), date: [] },
    evidence: { districts: evidenceOf(districts), organizers: evidenceOf(organizers) },
  };
}
