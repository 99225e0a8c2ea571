// The filters shared by list fields and the dashboard. Names are what a user
// types: districts accept the short form, organizations any alias.
import { builder } from '../builder.ts';
import { resolveDistrictName } from '../districts.ts';
import { districtId, placeId } from '../ids.ts';
import { boundedText } from '../limits.ts';
import type { ActivityFilter } from '../queries/activities.ts';
import type { ArticleFilter } from '../queries/articles.ts';
import { ActivityKindEnum, ParticipantRoleEnum } from './enums.ts';
import { DateRangeInput, toDateRange } from './dates.ts';

export const ActivityFilterInput = builder.inputType('ActivityFilter', {
  fields: (t) => ({
    kind: t.field({ type: ActivityKindEnum }),
    district: t.string({ description: 'District name, e.g. 东城区 or 东城.' }),
    place: t.string({ description: 'A place the activity\'s article names, as it names it (e.g. 中关村).' }),
    organizer: t.string({ description: "Organizer's canonical name or alias, e.g. 市总工会." }),
    participant: t.string({ description: "A participant's name." }),
    role: t.field({ type: ParticipantRoleEnum, description: 'A participant role; with `participant`, that person\'s role.' }),
    date: t.field({ type: DateRangeInput, description: 'Days of the activity: its own, or its issue date where the article gives none.' }),
  }),
});

export const ArticleFilterInput = builder.inputType('ArticleFilter', {
  fields: (t) => ({
    page: t.string({ description: 'Page name as stored (000_….txt, or a path such as 2024/05/01/p1.txt; .txt in any case, or left out), the end of a path when only one page has it (p1.txt), or page id.' }),
    person: t.string({ description: 'A person who wrote the article or is named in it.' }),
    organization: t.string({ description: 'An organization named in the article: canonical name or alias.' }),
    district: t.string({ description: 'The article reports an activity there, or names a place there.' }),
    date: t.field({ type: DateRangeInput, description: 'Issue dates of the article\'s page.' }),
  }),
});

type In<T> = { [K in keyof T]?: (K extends 'date' ? { from?: string | null; to?: string | null } : T[K]) | null } | null | undefined;

/** A filter's district: the id of the district the user named. */
const district = (typed: string | null | undefined): string | null => {
  const name = boundedText('filter.district', typed);
  return name ? districtId(resolveDistrictName(name)) : null;
};

/** A filter's place: the id of the place named. */
const placeOf = (typed: string | null | undefined): string | null => {
  const name = boundedText('filter.place', typed);
  return name ? placeId(name) : null;
};

export function toActivityFilter(f: In<ActivityFilter>): ActivityFilter {
  return {
    kind: f?.kind ?? null,
    district: district(f?.district),
    place: placeOf(f?.place),
    organizer: boundedText('filter.organizer', f?.organizer) || null,
    participant: boundedText('filter.participant', f?.participant) || null,
    role: f?.role ?? null,
    date: toDateRange(f?.date),
  };
}

/** The filter as typed: `page` is still the name or id given (resolvePageFilter finds the page, reading the store). */
export function toArticleFilter(f: In<ArticleFilter>): ArticleFilter {
  return {
    page: boundedText('filter.page', f?.page) || null,
    person: boundedText('filter.person', f?.person) || null,
    organization: boundedText('filter.organization', f?.organization) || null,
    district: district(f?.district),
    date: toDateRange(f?.date),
  };
}
