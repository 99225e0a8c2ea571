import type {
  ActivityDate, ActivityFact, ArticleBlock, ArticleFacts, Author, OrganizationFact, OrganizationMention,
  ParticipantFact, PersonFact, PersonMention, PlaceFact, PlaceMention, PositionFact,
} from './types.ts';
import { kindOf } from './orgs/kind.ts';

export interface ArticleParts {
  block: ArticleBlock;
  authors: Author[];
  people: PersonMention[];
  places: PlaceMention[];
  organizations: OrganizationMention[];
  positions: PositionFact[];
  activity: ActivityFact;
  participants: ParticipantFact[];
  /** The activity's date (findActivityDate); none given: null. */
  date?: ActivityDate;
}

/** Folds the stages' mentions into the article's facts: one entry per person, organization and place. */
export function assembleArticle(p: ArticleParts): ArticleFacts {
  const people = new Map<string, PersonFact>();
  for (const a of p.authors) if (!people.has(a.name)) people.set(a.name, { name: a.name, occupation: null });
  for (const m of p.people) {
    const known = people.get(m.name);
    if (!known) people.set(m.name, { name: m.name, occupation: m.occupation });
    else if (!known.occupation && m.occupation) known.occupation = m.occupation;
  }
  const orgs = new Map<string, OrganizationFact>();
  for (const m of p.organizations) {
    let o = orgs.get(m.canonical);
    if (!o) orgs.set(m.canonical, (o = { name: m.canonical, aliases: [], kind: m.kind }));
    if (m.text !== m.canonical && !o.aliases.includes(m.text)) o.aliases.push(m.text);
  }
  // A body a title phrase names (`政法委书记暴剑`) is an organization of the article
  // even where no organization rule found it: every position's body is listed.
  const listed = new Set([...orgs.values()].flatMap((o) => [o.name, ...o.aliases]));
  for (const { organization: name } of p.positions) {
    if (!listed.has(name)) { orgs.set(name, { name, aliases: [], kind: kindOf(name) }); listed.add(name); }
  }
  const places = new Map<string, PlaceFact>();
  for (const m of p.places) if (!places.has(m.name)) places.set(m.name, { name: m.name, district: m.district });
  return {
    headline: p.block.headline,
    alt_titles: p.block.alt_titles,
    section: p.block.section,
    authors: p.authors,
    activity: {
      ...p.activity,
      date: p.date?.date ?? null,
      // the words the day was read from (`昨天`), where a mention gave it
      ...(p.date?.date && p.date.from ? { date_text: p.date.from.text } : {}),
    },
    participants: p.participants,
    positions: p.positions,
    people: [...people.values()],
    organizations: [...orgs.values()],
    places: [...places.values()],
    body: p.block.paragraphs.join('\n'),
  };
}
