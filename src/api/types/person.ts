import { builder } from '../builder.ts';
import { readCount, readKeyed } from '../read.ts';
import { PEOPLE_ORDER, PERSON_AUTHORED_ORDER, PERSON_MENTIONED_IN_ORDER } from '../orders.ts';
import { personId } from '../ids.ts';
import { boundedText, DEFAULT_PAGE_SIZE, LIST_FIRST, MAX_PAGE_SIZE } from '../limits.ts';
import { arrayConnection, firstOf, keysetConnection } from '../paging.ts';
import { peopleCount, peoplePage } from '../queries/articles.ts';
import { AssociateRef } from './associate.ts';
import { AuthorshipRef } from './authorship.ts';
import { ParticipationRef } from './participation.ts';
import { asOfArg, PositionRef, positionsOf } from './position.ts';
import { ArticleRef, PersonRef, toPerson } from './refs.ts';
import { DateRangeInput, toDateRange } from './dates.ts';

/** Positions a person is given without `first`. */
const PERSON_POSITIONS = 10;

PersonRef.implement({
  description: 'A named person. The same name on two pages is the same person.',
  fields: (t) => ({
    name: t.exposeString('name'),
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
      resolve: async (p, args, ctx) => firstOf(await ctx.loaders.participationsOfPerson.load(p.id), args.first),
    }),
    authored: t.connection(
      {
        type: AuthorshipRef,
        description: 'Articles the person wrote or photographed.',
        resolve: async (p, args, ctx) => arrayConnection(args, PERSON_AUTHORED_ORDER, await ctx.loaders.authoredByPerson.load(p.id)),
      },
      { name: 'PersonAuthoredConnection' },
      { name: 'PersonAuthoredEdge' },
    ),
    mentionedIn: t.connection(
      {
        type: ArticleRef,
        description: 'Articles that name the person.',
        resolve: async (p, args, ctx) => arrayConnection(args, PERSON_MENTIONED_IN_ORDER, await ctx.loaders.articlesMentioningPerson.load(p.id)),
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
    description: 'A person by name.',
    args: { name: t.arg.string({ required: true }) },
    resolve: (_root, args, ctx) => PersonRef.getDataloader(ctx).load(personId(boundedText('name', args.name))),
  }),
  people: t.connection({
    type: PersonRef,
    description: 'People by name; `search` keeps those whose name contains it.',
    args: { search: t.arg.string() },
    resolve: (_root, args, ctx) => {
      const search = boundedText('search', args.search);
      return keysetConnection(
        args,
        PEOPLE_ORDER,
        (page) => readKeyed(ctx, peoplePage(search, page), PEOPLE_ORDER, toPerson),
        () => readCount(ctx, peopleCount(search)),
      );
    },
  }),
}));
