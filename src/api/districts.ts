// What a user may type for a district: `东城区`, `东城`, `经开区`. Beijing's
// districts are a closed list, so an unknown name is an input error.
import { DISTRICTS } from '../extract/types.ts';
import { KgError } from '../errors.ts';

const SHORT_NAMES: Readonly<Record<string, string>> = {
  经开区: '北京经济技术开发区',
  北京经开区: '北京经济技术开发区',
  经济技术开发区: '北京经济技术开发区',
  亦庄: '北京经济技术开发区',
};

/** The district's full name, or a BAD_REQUEST error listing the accepted ones. */
export function resolveDistrictName(typed: string): string {
  const name = typed.trim();
  const full = (DISTRICTS as readonly string[]).find((d) => d === name || d === `${name}区` || d === `北京${name}`) ?? SHORT_NAMES[name];
  if (!full) throw new KgError('BAD_REQUEST', `Unknown district "${typed}": expected one of ${DISTRICTS.join(', ')} (the short form without 区 works too)`, { district: typed });
  return full;
}
