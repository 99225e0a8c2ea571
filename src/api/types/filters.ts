// The filters shared by list fields and the dashboard. Names are what a user
// types: districts accept the short form, organizations any alias.
import { builder } from '../builder.ts';
import { resolveDistrictName } from '../districts.ts';
import { districtId, pageId } from '../ids.ts';
import type { ActivityFilter } from '../queries/activities.ts';
import type { ArticleFilter } from '../queries/articles.ts';
import { ActivityKindEnum, ParticipantRoleEnum } from './enums.ts';

export const ActivityFilterInput = builder.inputType('ActivityFilter', {
  fields: (t) => ({
    kind: t.field({ type: ActivityKindEnum }),
    district: t.string({ description: 'District name, e.g. 东城区 or 东城.' }),
    organizer: t.string({ description: "Organizer's canonical name or alias, e.g. 市总工会." }),
    participant: t.string({ description: "A participant's name." }),
    role: t.field({ type: ParticipantRoleEnum, description: 'A participant role; with `participant`, that person\'s role.' }),
  }),
});

export const ArticleFilterInput = builder.inputType('ArticleFilter', {
  fields: (t) => ({
    page: t.string({ description: 'Page file name (000_….txt, with or without .txt) or page id.' }),
    person: t.string({ description: 'A person who wrote the article or is named in it.' }),
    organization: t.string({ description: 'An organization named in the article: canonical name or alias.' }),
    district: t.string({ description: 'The article reports an activity there, or names a place there.' }),
  }),
});

type In<T> = { [K in keyof T]?: T[K] | null } | null | undefined;

export function toActivityFilter(f: In<ActivityFilter>): ActivityFilter {
  return {
    kind: f?.kind ?? null,
    district: f?.district ? districtId(resolveDistrictName(f.district)) : null,
    organizer: f?.organizer?.trim() || null,
    participant: f?.participant?.trim() || null,
    role: f?.role ?? null,
  };
}

export function toArticleFilter(f: In<ArticleFilter>): ArticleFilter {
  const page = f?.page?.trim();
  return {
    page: page ? (page.startsWith('page:') ? page : pageId(page.endsWith('.txt') ? page : `${page}.txt`)) : null,
    person: f?.person?.trim() || null,
    organization: f?.organization?.trim() || null,
    district: f?.district ? districtId(resolveDistrictName(f.district)) : null,
  };
}
