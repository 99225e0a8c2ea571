import { builder } from '../builder.ts';
import { placeId } from '../ids.ts';
import { boundedText } from '../limits.ts';
import { DistrictRef, PlaceRef } from './refs.ts';

PlaceRef.implement({
  description: 'A street, area or town named in an article, or a place outside Beijing.',
  fields: (t) => ({
    name: t.exposeString('name'),
    district: t.field({
      type: DistrictRef,
      nullable: true,
      resolve: async (p, _args, ctx) => (await ctx.loaders.districtOfPlace.load(p.id))[0] ?? null,
    }),
  }),
});

builder.queryFields((t) => ({
  place: t.field({
    type: PlaceRef,
    nullable: true,
    description: 'A place by name as the articles give it (天安门广场, 中关村); null when no article names it.',
    args: { name: t.arg.string({ required: true }) },
    resolve: (_root, args, ctx) => PlaceRef.getDataloader(ctx).load(placeId(boundedText('name', args.name))),
  }),
}));
