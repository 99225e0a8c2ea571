import { idOfRow, nodeListConnection } from '../nodeLists.ts';
import { builder } from '../builder.ts';
import { readRows } from '../read.ts';
import { resolveDistrictName } from '../districts.ts';
import { districtId } from '../ids.ts';
import { boundedText } from '../limits.ts';
import { DISTRICT_ACTIVITIES_ORDER, DISTRICT_PLACES_ORDER } from '../orders.ts';
import { districtsAll } from '../queries/articles.ts';
import { ActivityRef, DistrictRef, PlaceRef, toDistrict } from './refs.ts';

DistrictRef.implement({
  description: 'One of Beijing\'s 16 districts, or the economic-technological development area.',
  fields: (t) => ({
    name: t.exposeString('name'),
    places: t.connection(
      {
        type: PlaceRef,
        description: 'Streets, areas and towns named in it, by name, each once.',
        resolve: (d, args, ctx) => nodeListConnection(ctx, args, DISTRICT_PLACES_ORDER, 'District.places', d.id, idOfRow),
      },
      { name: 'DistrictPlacesConnection' },
      { name: 'DistrictPlacesEdge' },
    ),
    activities: t.connection(
      {
        type: ActivityRef,
        description: 'Activities that took place there, in page order.',
        resolve: (d, args, ctx) => nodeListConnection(ctx, args, DISTRICT_ACTIVITIES_ORDER, 'District.activities', d.id, idOfRow),
      },
      { name: 'DistrictActivitiesConnection' },
      { name: 'DistrictActivitiesEdge' },
    ),
  }),
});

builder.queryFields((t) => ({
  district: t.field({
    type: DistrictRef,
    nullable: true,
    description: 'A district by name, full or short (东城区 or 东城); null when nothing was recorded there.',
    args: { name: t.arg.string({ required: true }) },
    resolve: (_root, args, ctx) => DistrictRef.getDataloader(ctx).load(districtId(resolveDistrictName(boundedText('name', args.name)))),
  }),
  districts: t.field({
    type: [DistrictRef],
    description: 'The districts the graph knows of (at most 17), by name.',
    resolve: async (_root, _args, ctx) => (await readRows(ctx, districtsAll())).map(toDistrict),
  }),
}));
