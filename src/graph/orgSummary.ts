// What an Organization node says about all its mentions, kept up to date by
// counting instead of re-reading: `aliases` are the forms any article used
// (`aliasCounts` how many mentions used each), `kind` the kind most mentions
// gave (`kindNames`/`kindCounts` the tally; ties: the first alphabetically).
// A write adds the new mentions' counts and subtracts those of the mentions
// it deletes, so its cost grows with the batch, not with how often the
// organization was named before (北京市总工会 is named in most articles).
//
//   stored {aliases [市总工会], aliasCounts [3]} + a mention with [市总工会, 总工会]
//   -> {aliases [市总工会, 总工会], aliasCounts [4, 1]}

/** One mention's contribution: the forms it used and the kind it gave (null: none). */
export interface MentionTally { org: string; aliases: readonly string[]; kind: string | null }

/** The summary properties as stored on the node. */
export interface OrgSummary {
  aliases: string[];
  aliasCounts: number[];
  kindNames: string[];
  kindCounts: number[];
  kind: string | null;
}

interface Tally { aliases: Map<string, number>; kinds: Map<string, number> }

const zip = (names: unknown, counts: unknown): Map<string, number> => {
  const out = new Map<string, number>();
  const ns = Array.isArray(names) ? names : [];
  const cs = Array.isArray(counts) ? counts : [];
  ns.forEach((n, i) => out.set(String(n), Number(cs[i] ?? 0)));
  return out;
};

/** Whether a stored node has its tally (nodes written before it existed do not). */
export const hasTally = (row: Record<string, unknown>): boolean =>
  Array.isArray(row.aliasCounts) && Array.isArray(row.kindCounts);

/** Counts per organization, from stored tallies plus and minus mentions. */
export class OrgTallies {
  private readonly byOrg = new Map<string, Tally>();

  /** Starts an organization from its stored node (or from nothing). */
  load(id: string, row: Record<string, unknown> | null): void {
    this.byOrg.set(id, row && hasTally(row)
      ? { aliases: zip(row.aliases, row.aliasCounts), kinds: zip(row.kindNames, row.kindCounts) }
      : { aliases: new Map(), kinds: new Map() });
  }

  /** Adds (sign 1) or removes (sign -1) one mention's forms and kind. */
  count(m: MentionTally, sign: 1 | -1): void {
    let t = this.byOrg.get(m.org);
    if (!t) this.byOrg.set(m.org, (t = { aliases: new Map(), kinds: new Map() }));
    for (const a of new Set(m.aliases)) t.aliases.set(a, (t.aliases.get(a) ?? 0) + sign);
    if (m.kind !== null) t.kinds.set(m.kind, (t.kinds.get(m.kind) ?? 0) + sign);
  }

  /** The node properties of every organization counted, by id. */
  summaries(): Map<string, OrgSummary> {
    const out = new Map<string, OrgSummary>();
    for (const [id, t] of this.byOrg) out.set(id, summarize(t));
    return out;
  }
}

function summarize(t: Tally): OrgSummary {
  const live = (m: Map<string, number>) => [...m].filter(([, n]) => n > 0).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const aliases = live(t.aliases);
  const kinds = live(t.kinds);
  let kind: string | null = null;
  let top = 0;
  for (const [k, n] of kinds) if (n > top) { kind = k; top = n; }
  return {
    aliases: aliases.map(([a]) => a), aliasCounts: aliases.map(([, n]) => n),
    kindNames: kinds.map(([k]) => k), kindCounts: kinds.map(([, n]) => n), kind,
  };
}
