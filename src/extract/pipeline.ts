// The extraction pipeline: one page of text in, the page's facts out.
//
// The stages run in this order, once, and each is a pure function of plain data:
//   1. segmentPage          page text -> article blocks (layout only)
//   2. findAuthors          dateline and credit lines -> authors with roles
//   3. findPeople           named persons (needs the authors: they are people too)
//   4. findPlaces           districts, streets, towns (before organizations:
//                           `区总工会` resolves through the article's district)
//   5. findOrganizations    named bodies, canonical names, aliases, kinds
//   6. findPositions        titles of people in organizations (needs 3 and 5)
//   7. findActivity         the main activity: kind, districts, organizers (needs 4 and 5)
//   8. findParticipants     people in the activity with roles (needs 2, 3 and 6:
//                           authors are never participants)
//   9. findActivityDate     the day of the main activity, resolved against the
//                           page's issue date (read once per page by findIssue,
//                           from the file's path or a page header line)
import { segmentPage } from './segment.ts';
import { findAuthors } from './authors.ts';
import { findPeople } from './people.ts';
import { findPlaces } from './places.ts';
import { findOrganizations } from './organizations.ts';
import { findPositions } from './positions.ts';
import { findActivity } from './activity.ts';
import { findParticipants } from './participants.ts';
import { findActivityDate, findIssue, pageFileName } from './dates.ts';
import { assembleArticle } from './assemble.ts';
import type { ArticleBlock, ArticleFacts, PageExtraction } from './types.ts';

export function extractArticle(block: ArticleBlock, issueDate: string | null = null): ArticleFacts {
  const authors = findAuthors(block);
  const people = findPeople(block, authors);
  const places = findPlaces(block);
  const organizations = findOrganizations(block, places);
  const positions = findPositions(block, people, organizations);
  const activity = findActivity(block, organizations, places);
  const participants = findParticipants(block, people, positions, authors);
  const date = findActivityDate(block, issueDate);
  return assembleArticle({ block, authors, people, places, organizations, positions, activity, participants, date });
}

/**
 * `path` is the page's path as given (a folder may hold its date:
 * `2024-02-01/03.txt`); the output's `file` is its base name.
 */
export function extractPage(path: string, text: string, known: KnownIssue = {}): PageExtraction {
  const issue = findIssue(path, text);
  const date = known.issueDate ?? issue.date;
  const number = known.number ?? (issue.page === null ? null : String(issue.page));
  const name = known.name ?? issue.name;
  return {
    file: pageFileName(path),
    issue_date: date,
    ...(number !== null ? { page_number: number } : {}),
    ...(name !== null ? { page_name: name } : {}),
    articles: segmentPage(text).map((block) => extractArticle(block, date)),
  };
}

/** What the corpus says of a page before its text is read (`kg ingest --date`, a manifest): it outranks the path and the header. */
export interface KnownIssue { issueDate?: string; number?: string; name?: string }
