// Time in the API: the Date scalar (ISO 8601 days), date ranges for filters,
// list order, and the intervals of a time series.
import { KgError } from '../../errors.ts';
import { isIsoDay } from '../../extract/dates.ts';
import { builder } from '../builder.ts';

export const DateScalar = builder.scalarType('Date', {
  description: 'A calendar day, ISO 8601: `2024-02-01`.',
  serialize: (v) => String(v),
  parseValue: (v) => {
    if (typeof v !== 'string' || !isIsoDay(v)) throw new KgError('BAD_REQUEST', `A Date is a day written YYYY-MM-DD, got ${JSON.stringify(v)?.slice(0, 40)}`);
    return v;
  },
});

export interface DateRange { from: string | null; to: string | null }

export const DateRangeInput = builder.inputType('DateRange', {
  description: 'Days from `from` to `to`, both included; either may be left open.',
  fields: (t) => ({ from: t.field({ type: DateScalar }), to: t.field({ type: DateScalar }) }),
});

/** A range as the queries take it, or null when neither end is set; `from` after `to` is a BAD_REQUEST. */
export function toDateRange(r: { from?: string | null; to?: string | null } | null | undefined): DateRange | null {
  const from = r?.from ?? null;
  const to = r?.to ?? null;
  if (!from && !to) return null;
  if (from && to && from > to) throw new KgError('BAD_REQUEST', `"date.from" (${from}) is after "date.to" (${to})`);
  return { from, to };
}

export const DatePrecisionEnum = builder.enumType('DatePrecision', {
  description: 'How exactly the article gives the day: a day, or only its month.',
  values: { DAY: { value: 'day' }, MONTH: { value: 'month' } },
});

export const OrderDirectionEnum = builder.enumType('OrderDirection', { values: { ASC: { value: 'ASC' }, DESC: { value: 'DESC' } } });

export const ListOrderFieldEnum = builder.enumType('ListOrderField', {
  description: '`DATE`: the activity\'s day (articles: the issue date); `PAGE`: page file, then place on the page.',
  values: { DATE: { value: 'DATE' }, PAGE: { value: 'PAGE' } },
});

export interface ListOrder { field: 'DATE' | 'PAGE'; direction: 'ASC' | 'DESC' }

export const ListOrderInput = builder.inputType('ListOrder', {
  description: 'Sort order of a list; ties go in page order, and items with no date come last either way.',
  fields: (t) => ({
    field: t.field({ type: ListOrderFieldEnum, required: true }),
    direction: t.field({ type: OrderDirectionEnum, defaultValue: 'ASC' }),
  }),
});

export const toListOrder = (o: { field: 'DATE' | 'PAGE'; direction?: 'ASC' | 'DESC' | null } | null | undefined): ListOrder =>
  ({ field: o?.field ?? 'PAGE', direction: o?.direction ?? 'ASC' });

export const IntervalEnum = builder.enumType('Interval', {
  description: 'Width of one point of a time series. Weeks start on Monday.',
  values: { DAY: { value: 'DAY' }, WEEK: { value: 'WEEK' }, MONTH: { value: 'MONTH' }, YEAR: { value: 'YEAR' } },
});
export type Interval = 'DAY' | 'WEEK' | 'MONTH' | 'YEAR';
