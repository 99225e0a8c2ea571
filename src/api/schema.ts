// The schema: every type file registers itself on the builder.
import { builder } from './builder.ts';
import './types/enums.ts';
import './types/dates.ts';
import './types/filters.ts';
import './types/refs.ts';
import './types/evidence.ts';
import './types/page.ts';
import './types/article.ts';
import './types/authorship.ts';
import './types/activity.ts';
import './types/participation.ts';
import './types/person.ts';
import './types/position.ts';
import './types/associate.ts';
import './types/organization.ts';
import './types/district.ts';
import './types/place.ts';
import './types/path.ts';
import './types/search.ts';
import './types/stats.ts';
import './types/timeline.ts';

export const schema = builder.toSchema({ sortSchema: false });
