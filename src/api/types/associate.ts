import { builder } from '../builder.ts';
import { DEFAULT_PAGE_SIZE, LIST_FIRST } from '../limits.ts';
import { firstOf } from '../paging.ts';
import type { AssociateRow } from '../rows.ts';
import { ActivityRef, OrganizationRef, PersonRef } from './refs.ts';

export const AssociateRef = builder.objectRef<AssociateRow>('Associate').implement({
  description: 'Someone who took part in the same activities or holds a position in the same organization.',
  fields: (t) => ({
    person: t.field({ type: PersonRef, resolve: (a) => a.person }),
    count: t.int({ description: 'Shared activities plus shared organizations.', resolve: (a) => a.activities.length + a.organizations.length }),
    sharedActivities: t.field({ type: [ActivityRef], args: { first: t.arg.int({ defaultValue: DEFAULT_PAGE_SIZE, description: LIST_FIRST }) }, resolve: (a, args) => firstOf(a.activities, args.first) }),
    sharedOrganizations: t.field({ type: [OrganizationRef], args: { first: t.arg.int({ defaultValue: DEFAULT_PAGE_SIZE, description: LIST_FIRST }) }, resolve: (a, args) => firstOf(a.organizations, args.first) }),
  }),
});
