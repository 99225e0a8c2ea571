// Which organization a name means when several have it. A real archive names
// many cities: 市总工会 is the alias of 北京市总工会 and, in articles set
// elsewhere, of 南京市总工会 or 深圳市总工会. The look-up must not become an
// error for everyone because one article somewhere used the short form, so
// the candidates are ranked: the body whose canonical name it is; then one of
// the paper's own city (北京…); then the one most mentions meant by it; then
// by id, so the answer is stable.
//   "市总工会" over {北京市总工会 (3 mentions), 南京市总工会 (9)} -> 北京市总工会, then 南京市总工会
//   "区总工会" over {朝阳区总工会 (4), 海淀区总工会 (2)}          -> 朝阳区总工会, then 海淀区总工会

export interface NameMatchRow { id: string; name: string; canonical: boolean; aliases: readonly string[] | null; aliasCounts: readonly number[] | null }

export interface NameMatch { id: string; canonical: boolean; homeCity: boolean; mentions: number }

/** Mentions that used `name` for this organization (0 where the store has no tally). */
function mentionsAs(row: NameMatchRow, name: string): number {
  const i = (row.aliases ?? []).indexOf(name);
  return i >= 0 ? Number(row.aliasCounts?.[i] ?? 0) : 0;
}

export function rankNameMatches(rows: readonly NameMatchRow[], name: string, homeCity: string): NameMatch[] {
  return rows
    .map((r) => ({ id: r.id, canonical: r.canonical, homeCity: homeCity !== '' && r.name.startsWith(homeCity), mentions: mentionsAs(r, name) }))
    .sort((a, b) => Number(b.canonical) - Number(a.canonical) || Number(b.homeCity) - Number(a.homeCity)
      || b.mentions - a.mentions || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
