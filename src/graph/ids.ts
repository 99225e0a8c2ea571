// The id scheme of model.ts as functions: the same name gives the same id on
// every page, which is what makes a person or organization one node.
/** `file` is the page's name as pageSources.ts gives it: `p1.txt`, or a path such as `2024/05/01/p1.txt`. */
export const pageId = (file: string): string => `page:${file}`;
export const articleId = (file: string, index: number): string => `article:${file}#${index}`;
export const activityId = (file: string, index: number): string => `activity:${file}#${index}`;
/**
 * articleId or activityId read back: the page id and the place on the page
 * (an activity's is its article's), null for an id not of that form. An
 * article list in page order can be sorted from ids alone.
 */
export function pagePlace(id: string): { page: string; position: number } | null {
  const colon = id.indexOf(':');
  const hash = id.lastIndexOf('#');
  const kind = id.slice(0, colon);
  if ((kind !== 'article' && kind !== 'activity') || hash < colon || !/^\d+$/.test(id.slice(hash + 1))) return null;
  return { page: pageId(id.slice(colon + 1, hash)), position: Number(id.slice(hash + 1)) };
}
/** Same name = same person for now; see README "Same-name people". */
export const personId = (name: string): string => `person:${name}`;
/** Canonical name from the extraction (aliases are resolved there). */
export const orgId = (name: string): string => `org:${name}`;
export const districtId = (name: string): string => `district:${name}`;
export const placeId = (name: string): string => `place:${name}`;
