import type {
  ActivityDate, ActivityFact, ArticleBlock, ArticleFacts, Author, OrganizationFact, OrganizationMention,
  ParticipantFact, PersonFact, PersonMention, PlaceFact, PlaceMention, PositionFact,
} from './types.ts';
import { kindOf } from './orgs/kind.ts';
import { ruleSet } from './rules.ts';
import { evidenceAt, firstBy } from './evidence.ts';

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

/** Folds the stages' mentions into the article's facts: one entry per person, organization and place,
 *  each with the rules of all its mentions. */
export function assembleArticle(p: ArticleParts): ArticleFacts {
  const people = new Map<string, PersonFact>();
  for (const a of p.authors) if (!people.has(a.name)) people.set(a.name, { name: a.name, occupation: null, rules: ['person.author'], evidence: a.evidence });
  // each fact's evidence is the sentence of its first mention in page order (titles first)
  const at = (m: { paragraph: number; start: number }) => evidenceAt(p.block, m);
  const firstPerson = firstBy(p.people, (m) => m.name);
  for (const m of p.people) {
    const known = people.get(m.name);
    if (!known) people.set(m.name, { name: m.name, occupation: m.occupation, rules: [m.rule], evidence: at(firstPerson.get(m.name)!) });
    else {
      if (!known.occupation && m.occupation) known.occupation = m.occupation;
      known.rules = ruleSet(known.rules, m.rule);
    }
  }
  const orgs = new Map<string, OrganizationFact>();
  const firstOrg = firstBy(p.organizations, (m) => m.canonical);
  for (const m of p.organizations) {
    let o = orgs.get(m.canonical);
    if (!o) orgs.set(m.canonical, (o = { name: m.canonical, aliases: [], kind: m.kind, rules: [], evidence: at(firstOrg.get(m.canonical)!) }));
    if (m.text !== m.canonical && !o.aliases.includes(m.text)) o.aliases.push(m.text);
    o.rules = ruleSet(o.rules, m.rule);
  }
  // A body a title phrase names (`政法委书记暴剑`) is an organization of the article
  // even where no organization rule found it: every position's body is listed.
  const listed = new Set([...orgs.values()].flatMap((o) => [o.name, ...o.aliases]));
  for (const { organization: name, evidence } of p.positions) {
    if (!listed.has(name)) { orgs.set(name, { name, aliases: [], kind: kindOf(name), rules: ['org.position-body'], evidence }); listed.add(name); }
  }
  const places = new Map<string, PlaceFact>();
  const firstPlaceOf = firstBy(p.places, (m) => m.name);
  for (const m of p.places) {
    const known = places.get(m.name);
    if (!known) places.set(m.name, { name: m.name, district: m.district, rules: [m.rule], evidence: at(firstPlaceOf.get(m.name)!) });
    else known.rules = ruleSet(known.rules, m.rule);
  }
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
      rules: { ...p.activity.rules!, date: p.date?.rules ?? [] },
      evidence: { ...p.activity.evidence!, ...(p.date?.from ? { date: at(p.date.from) } : {}) },
    },
    participants: p.participants,
    positions: p.positions,
    people: [...people.values()],
    organizations: [...orgs.values()],
    places: [...places.values()],
    body: p.block.paragraphs.join('\n'),
    rules: [p.block.rule],
  };
}
