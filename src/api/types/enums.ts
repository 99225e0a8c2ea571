// Enums in GraphQL style (VISIT, LED, REPORTER); the stored values stay as the
// extraction writes them (visit, LED, reporter).
import { ACTIVITY_KINDS, AUTHOR_ROLES, ORG_KINDS, PARTICIPANT_ROLES } from '../../extract/types.ts';
import { RELS } from '../../graph/model.ts';
import { builder } from '../builder.ts';

const values = (stored: readonly string[]) =>
  Object.fromEntries(stored.map((v) => [v.toUpperCase(), { value: v }])) as Record<string, { value: string }>;

export const ActivityKindEnum = builder.enumType('ActivityKind', { values: values(ACTIVITY_KINDS) });
export const ParticipantRoleEnum = builder.enumType('ParticipantRole', { values: values(PARTICIPANT_ROLES) });
export const AuthorRoleEnum = builder.enumType('AuthorRole', { values: values(AUTHOR_ROLES) });
export const OrganizationKindEnum = builder.enumType('OrganizationKind', { values: values(ORG_KINDS) });
export const RelationshipTypeEnum = builder.enumType('RelationshipType', {
  description: 'A relationship of the graph, as a path hop names it.',
  values: values(RELS.map((r) => r.type)),
});
