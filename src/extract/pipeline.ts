// The extraction pipeline: one page of text in, the page's facts out.
//
// The stages run in this order, once, and each is a pure function of plain data
// (stages 2-9 take the articles of a page stage by stage, see extractRun):
//   0. toSimplified         a page printed in Traditional characters is read through its
//                           Simplified form, offset for offset (text/script.ts): the word
//                           lists and rules are Simplified, and so are the names the graph
//                           keeps; at the end, printedArticle gives back the printed
//                           characters of what a reader reads (titles, body, evidence)
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
import { articleLines } from './articleText.ts';
import { CACHE_LINES } from './jieba.ts';
import { PrintedText, printedArticle } from './printed.ts';
import { scriptOf, toSimplified } from '../text/script.ts';
import type { ArticleBlock, ArticleFacts, PageExtraction } from './types.ts';

/**
 * Stages 2-9 over a run of a page's articles, one stage at a time: each stage reads every
 * article of the run before the next one starts. A stage's code and word lists then stay in
 * the processor's caches from one article to the next (read article by article, every article
 * fetched them anew), and jieba cuts the run's lines one after another. Each article's facts
 * depend on that article alone, so the order changes nothing else.
 */
function extractRun(blocks: ArticleBlock[], issueDate: string | null): ArticleFacts[] {
  const authors = blocks.map((block) => findAuthors(block));
  const people = blocks.map((block, i) => findPeople(block, authors[i]!));
  const places = blocks.map((block) => findPlaces(block));
  const organizations = blocks.map((block, i) => findOrganizations(block, places[i]!));
  const positions = blocks.map((block, i) => findPositions(block, people[i]!, organizations[i]!));
  const activity = blocks.map((block, i) => findActivity(block, organizations[i]!, places[i]!));
  const participants = blocks.map((block, i) => findParticipants(block, people[i]!, positions[i]!, authors[i]!));
  const dates = blocks.map((block) => findActivityDate(block, issueDate));
  return blocks.map((block, i) => assembleArticle({
    block, authors: authors[i]!, people: people[i]!, places: places[i]!, organizations: organizations[i]!,
    positions: positions[i]!, activity: activity[i]!, participants: participants[i]!, date: dates[i]!,
  }));
}

/** A page's articles in runs of at most half the tokenizer's cache in lines: the lines the
 *  people stage cuts for a run are still cached when the places and organizations stages read them. */
function runs(blocks: ArticleBlock[]): ArticleBlock[][] {
  const out: ArticleBlock[][] = [];
  let lines = Infinity;
  for (const block of blocks) {
    const n = articleLines(block).length;
    if (lines + n > CACHE_LINES / 2) { out.push([]); lines = 0; }
    out[out.length - 1]!.push(block);
    lines += n;
  }
  return out;
}

/**
 * `path` is the page's path as given (a folder may hold its date:
 * `2024-02-01/03.txt`); the output's `file` is its base name.
 */
export function extractPage(path: string, printed: string, known: KnownIssue = {}): PageExtraction {
  const traditional = scriptOf(printed) === 'traditional';
  const text = traditional ? toSimplified(printed) : printed;
  const issue = findIssue(path, text);
  const date = known.issueDate ?? issue.date;
  const number = known.number ?? (issue.page === null ? null : String(issue.page));
  const name = known.name ?? issue.name;
  const articles = runs(segmentPage(text)).flatMap((run) => extractRun(run, date));
  const asPrinted = new PrintedText(text, printed);
  return {
    file: pageFileName(path),
    issue_date: date,
    ...(number !== null ? { page_number: number } : {}),
    ...(name !== null ? { page_name: name } : {}),
    // the rule that read the date from the path or a page header; none for a date the caller gave
    issue_rules: !known.issueDate && issue.rule ? [issue.rule] : [],
    ...(traditional ? { script: 'traditional' as const } : {}),
    articles: traditional ? articles.map((a) => printedArticle(a, asPrinted)) : articles,
  };
}

/** What the corpus says of a page before its text is read (`kg ingest --date`, a manifest): it outranks the path and the header. */
export interface KnownIssue { issueDate?: string; number?: string; name?: string }
