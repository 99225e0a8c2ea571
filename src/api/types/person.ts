import { authorship, participation } from '../loaders.ts';
import { idOfRow, nodeListConnection, nodeListFirst } from '../nodeLists.ts';
import { builder } from '../builder.ts';
import { readCount, readKeyed } from '../read.ts';
import { PEOPLE_ORDER, PERSON_AUTHORED_ORDER, PERSON_MENTIONED_IN_ORDER } from '../orders.ts';
import { compareIds } from '../../graph/people.ts';
import { KgError } from '../../errors.ts';
import type { ApiContext } from '../context.ts';
import type { PersonNode } from '../rows.ts';
import { boundedText, DEFAULT_PAGE_SIZE, LIST_FIRST, MAX_PAGE_SIZE, pageSize } from '../limits.ts';
import { firstOf, keysetConnection } from '../paging.ts';
import { peopleCount, peoplePage } from '../queries/articles.ts';
import { AssociateRef } from './associate.ts';
import { AuthorshipRef } from './authorship.ts';
import { ParticipationRef } from './participation.ts';
import { asOfArg, PositionRef, positionsOf } from './position.ts';
import { ArticleRef, PersonRef, toPerson } from './refs.ts';
import { DateRangeInput, toDateRange } from './dates.ts';

/** Positions a person is given without `first`. */
const PERSON_POSITIONS = 10;

/** The persons of a name, `person:张伟` first, then `~2`, `~3`, … */
async function peopleOfName(ctx: ApiContext, name: string): Promise<PersonNode[]> {
  const ids = [...(await ctx.loaders.peopleNamed.load(name))].sort(compareIds);
  const people = await Promise.all(ids.map((id) => PersonRef.getDataloader(ctx).load(id)));
  return people.filter((p): p is PersonNode => !!p);
}

/** What tells a person apart from others of the name: `东城区总工会, 东城区`. */
const contextLine = (p: PersonNode) => {
  const shown = (p.context ?? []).filter((k) => !k.startsWith('peer:')).map((k) => (k === 'role:byline' ? 'byline' : k.slice(k.indexOf(':') + 1)));
  return shown.length ? shown.slice(0, 4).join(', ') : 'no context';
};

const ResolutionRef = builder.objectRef<PersonNode>('PersonResolution').implement({
  description: 'How mentions of a name came to be this person: two people of one name are two nodes, told apart by what their articles say of them.',
  fields: (t) => ({
    reason: t.string({
      description: 'Why this node exists: `first` (the first person of the name), `split` (its first mention shared nothing with the others of the name '
        + 'while both had organizations or occupations to compare), `split-by-curator` (the overrides file said so).',
      resolve: (p) => (p.reason === 'context' || p.reason === 'no-context' || p.reason === 'merged' || !p.reason ? 'first' : p.reason),
    }),
    score: t.int({ description: 'For a split: the most the first mention shared with any other person of the name (weights: organization and occupation 2, district and companion 1).', resolve: (p) => p.score ?? 0 }),
    mentions: t.int({ description: 'Article mentions resolved to this person.', resolve: (p) => p.mentions ?? 0 }),
    context: t.stringList({ description: 'What the articles say of them, as resolution compares it: `org:…`, `role:…` (an occupation, or `role:byline` for the paper\'s staff), `district:…`, `peer:…` (people named beside them).', resolve: (p) => p.context ?? [] }),
    mergedFrom: t.stringList({ description: 'Ids the curator\'s overrides merged into this person.', resolve: (p) => p.mergedFrom ?? [] }),
  }),
});

PersonRef.implement({
  description: 'A person. Mentions of a name are one person while what the articles say of them fits together, '
    + 'and two persons (person:张伟, person:张伟~2) when it does not: see `resolution` and `sameNameAs`.',
  fields: (t) => ({
    name: t.exposeString('name'),
    resolution: t.field({ type: ResolutionRef, resolve: (p) => p }),
    sameNameAs: t.field({
      type: [PersonRef],
      description: 'The other persons of the same name.',
      resolve: async (p, _args, ctx) => (await peopleOfName(ctx, p.name)).filter((o) => o.id !== p.id),
    }),
    occupation: t.string({
      nullable: true,
      description: 'Occupation as the latest article that gives one states it (外卖配送员).',
      resolve: async (p, _args, ctx) => (await ctx.loaders.occupationsOfPerson.load(p.id)).at(-1) ?? null,
    }),
    positions: t.field({
      type: [PositionRef],
      description: 'Titles the person is stated to hold, each with the first and last issue that says so.',
      // A person holds a few titles at a time; their statements over the years are under `articles`.
      args: { asOf: t.arg(asOfArg), first: t.arg.int({ defaultValue: PERSON_POSITIONS, description: `At most this many (default ${PERSON_POSITIONS}, limit ${MAX_PAGE_SIZE}).` }) },
      resolve: async (p, args, ctx) => firstOf(positionsOf(await ctx.loaders.positionsOfPerson.load(p.id), args.asOf), args.first),
    }),
    participations: t.field({
      type: [ParticipationRef],
      description: 'Activities the person took part in, in page order, with roles.',
      args: { first: t.arg.int({ defaultValue: DEFAULT_PAGE_SIZE, description: LIST_FIRST }) },
      resolve: (p, args, ctx) => nodeListFirst(ctx, 'Person.participations', p.id, pageSize(args.first, MAX_PAGE_SIZE), participation),
    }),
    authored: t.connection(
      {
        type: AuthorshipRef,
        description: 'Articles the person wrote or photographed.',
        resolve: (p, args, ctx) => nodeListConnection(ctx, args, PERSON_AUTHORED_ORDER, 'Person.authored', p.id, authorship),
      },
      { name: 'PersonAuthoredConnection' },
      { name: 'PersonAuthoredEdge' },
    ),
    mentionedIn: t.connection(
      {
        type: ArticleRef,
        description: 'Articles that name the person.',
        resolve: (p, args, ctx) => nodeListConnection(ctx, args, PERSON_MENTIONED_IN_ORDER, 'Person.mentionedIn', p.id, idOfRow),
      },
      { name: 'PersonMentionedInConnection' },
      { name: 'PersonMentionedInEdge' },
    ),
    associates: t.field({
      type: [AssociateRef],
      description: 'People sharing activities or organizations with this one, most shared first.',
      args: {
        first: t.arg.int({ defaultValue: MAX_PAGE_SIZE, description: `At most this many (limit ${MAX_PAGE_SIZE}).` }),
        date: t.arg({ type: DateRangeInput, description: 'Only activities on these days, and positions stated by articles of these days.' }),
      },
      resolve: async (p, args, ctx) => {
        const range = toDateRange(args.date);
        return firstOf(await (range ? ctx.loaders.associatesInRange(range) : ctx.loaders.associatesOfPerson).load(p.id), args.first);
      },
    }),
  }),
});

builder.queryFields((t) => ({
  person: t.field({
    type: PersonRef,
    nullable: true,
    description: 'A person by name; when several persons have the name, an error lists them (ask for one with node(id:), or list them with people(name:)).',
    args: { name: t.arg.string({ required: true }) },
    resolve: async (_root, args, ctx) => {
      const name = boundedText('name', args.name);
      const people = await peopleOfName(ctx, name);
      if (people.length > 1) {
        throw new KgError('BAD_REQUEST', `"${name}" is ${people.length} people: ${people.map((p) => `${p.id} (${contextLine(p)})`).join('; ')}. `
          + 'Ask for one by id with node(id:), or list them with people(name:)', { matches: people.map((p) => p.id) });
      }
      return people[0] ?? null;
    },
  }),
  people: t.connection({
    type: PersonRef,
    description: 'People by name; `search` keeps those whose name contains it, `name` those whose name it is (every person of one name, each with its `resolution`).',
    args: { search: t.arg.string(), name: t.arg.string() },
    resolve: (_root, args, ctx) => {
      const search = boundedText('search', args.search);
      const name = boundedText('name', args.name);
      return keysetConnection(
        args,
        PEOPLE_ORDER,
        (page) => readKeyed(ctx, peoplePage(search, page, name), PEOPLE_ORDER, toPerson),
        () => readCount(ctx, peopleCount(search, name)),
      );
    },
  }),
}));
