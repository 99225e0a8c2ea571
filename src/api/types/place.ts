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
