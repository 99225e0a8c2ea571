// The graph the explore page draws, kept apart from the drawing: the answers
// of the neighbourhood queries (queries.ts) are merged into nodes and edges,
// one edge per pair and relationship however many articles state it, and a
// filter (a time range, relationship types) says what is shown. No DOM here,
// so it is tested in Node.

export type NodeType = 'Person' | 'Organization' | 'Activity' | 'District' | 'Place' | 'Article';

/** The relationship types drawn, in the order the filter lists them. */
export const EDGE_TYPES = ['HOLDS_POSITION', 'PARTICIPATED_IN', 'ORGANIZED', 'TOOK_PLACE_IN', 'IN_DISTRICT', 'AUTHORED'] as const;
export type EdgeType = (typeof EDGE_TYPES)[number];

export interface Evidence {
  text: string;
  rule: string | null;
  start: number | null;
  end: number | null;
  article: { id: string; headline: string | null } | null;
}

/** An article stating a fact: its id, the day the fact counts at, its headline. */
type Stated = [id: string, day: string | null, headline?: string | null];

export interface GraphNode { id: string; type: NodeType; label: string; title: string }

export interface GraphEdge {
  id: string;
  source: string;
  target: string;
  type: EdgeType;
  /** Titles, roles or byline roles, each once. */
  labels: string[];
  /** The articles that state it, with the day each counts at (an activity's day, a position's issue date; null: undated). */
  articles: Map<string, string | null>;
  /** The sentences that state it, one per fact merged into the edge. */
  evidence: Evidence[];
}

export interface Filter {
  /** ISO days, both included; empty: open. */
  from?: string;
  to?: string;
  types: ReadonlySet<EdgeType>;
}

export interface ShownEdge extends Omit<GraphEdge, 'articles'> { count: number; label: string }
export interface View { nodes: GraphNode[]; edges: ShownEdge[] }

/** An ISO day within the filter's range; with a range set, an undated fact is left out (as the API's `date` filters do). */
export function inRange(day: string | null, { from, to }: Pick<Filter, 'from' | 'to'>): boolean {
  if (!from && !to) return true;
  if (!day) return false;
  return (!from || day >= from) && (!to || day <= to);
}

const ROLE_WORDS: Record<string, string> = {
  LED: '带队', HOSTED: '主持', SPOKE: '讲话', ATTENDED: '出席', ACCOMPANIED: '陪同', REPORTED: '汇报',
  REPORTER: '记者', CORRESPONDENT: '通讯员', INTERN_REPORTER: '实习记者', PHOTOGRAPHER: '摄影',
};

const short = (s: string, n = 14) => (s.length > n ? `${s.slice(0, n)}…` : s);

export class ExploreGraph {
  readonly nodes = new Map<string, GraphNode>();
  readonly edges = new Map<string, GraphEdge>();
  /** Nodes searched for or expanded: shown even with no edge in the filter. */
  readonly roots = new Set<string>();
  /** Headlines of the articles that state the edges, by article id. */
  readonly headlines = new Map<string, string>();

  node(id: string, type: NodeType, title: string, label = short(title)): void {
    if (!this.nodes.has(id)) this.nodes.set(id, { id, type, label, title });
  }

  edge(source: string, type: EdgeType, target: string, fact: { labels?: string[]; articles: Stated[]; evidence?: Evidence | null }): void {
    const id = `${source}|${type}|${target}`;
    let e = this.edges.get(id);
    if (!e) this.edges.set(id, (e = { id, source, target, type, labels: [], articles: new Map(), evidence: [] }));
    for (const l of fact.labels ?? []) if (!e.labels.includes(l)) e.labels.push(l);
    for (const [article, day, headline] of fact.articles) {
      e.articles.set(article, day);
      if (headline) this.headlines.set(article, headline);
    }
    if (fact.evidence && !e.evidence.some((x) => x.text === fact.evidence!.text && x.article?.id === fact.evidence!.article?.id)) e.evidence.push(fact.evidence);
  }

  /** What the filter leaves: edges of its types stated by an article in its range (counted), their ends, and the roots. */
  view(filter: Filter): View {
    const edges: ShownEdge[] = [];
    const shown = new Set(this.roots);
    for (const e of this.edges.values()) {
      if (!filter.types.has(e.type)) continue;
      const count = [...e.articles.values()].filter((day) => inRange(day, filter)).length;
      if (count === 0) continue;
      const { articles: _articles, ...rest } = e;
      edges.push({ ...rest, count, label: e.labels.join('、') });
      shown.add(e.source).add(e.target);
    }
    return { nodes: [...shown].map((id) => this.nodes.get(id)!).filter(Boolean), edges };
  }

  // ---- the answers of queries.ts, merged ----

  activity(a: ActivityData): void {
    const day = a.date?.value ?? null;
    const articles: Stated[] = a.article ? [[a.article.id, day, a.article.headline]] : [];
    this.node(a.id, 'Activity', a.article?.headline ?? a.kind);
    for (const o of a.organizers ?? []) {
      this.node(o.id, 'Organization', o.name);
      this.edge(o.id, 'ORGANIZED', a.id, { articles });
    }
    for (const d of a.districts ?? []) {
      this.node(d.id, 'District', d.name);
      this.edge(a.id, 'TOOK_PLACE_IN', d.id, { articles });
    }
    for (const p of a.participants ?? []) this.participation(p.person, a, p);
  }

  participation(person: Named, a: ActivityData, p: { roles: string[]; evidence: Evidence | null }): void {
    this.node(person.id, 'Person', person.name);
    this.node(a.id, 'Activity', a.article?.headline ?? a.kind);
    const articles: Stated[] = a.article ? [[a.article.id, a.date?.value ?? null, a.article.headline]] : [];
    this.edge(person.id, 'PARTICIPATED_IN', a.id, { labels: p.roles.map((r) => ROLE_WORDS[r] ?? r), articles, evidence: p.evidence });
  }

  position(person: Named, org: Named, p: PositionData): void {
    this.node(person.id, 'Person', person.name);
    this.node(org.id, 'Organization', org.name);
    this.edge(person.id, 'HOLDS_POSITION', org.id, { labels: p.titles, articles: p.articles.map((a): Stated => [a.id, a.date, a.headline]), evidence: p.evidence });
  }

  authorship(person: Named, w: { role: string; evidence: Evidence | null; article: ArticleRef }): void {
    this.node(person.id, 'Person', person.name);
    this.node(w.article.id, 'Article', w.article.headline ?? w.article.id);
    this.edge(person.id, 'AUTHORED', w.article.id, { labels: [ROLE_WORDS[w.role] ?? w.role], articles: [[w.article.id, w.article.date, w.article.headline]], evidence: w.evidence });
  }

  /** One node's neighbourhood, as `node(id:)` in queries.ts answers it. */
  merge(n: NeighbourhoodData): void {
    switch (n.__typename) {
      case 'Person':
        this.node(n.id, 'Person', n.name);
        for (const p of n.positions) this.position(n, p.organization, p);
        for (const p of n.participations) { this.activity(p.activity); this.participation(n, p.activity, p); }
        for (const { node: w } of n.authored.edges) this.authorship(n, w);
        break;
      case 'Organization':
        this.node(n.id, 'Organization', n.name);
        for (const p of n.positions) this.position(p.person, n, p);
        for (const { node: a } of n.organized.edges) this.activity(a);
        break;
      case 'District':
        this.node(n.id, 'District', n.name);
        for (const { node: a } of n.activities.edges) this.activity(a);
        for (const { node: p } of n.places.edges) {
          this.node(p.id, 'Place', p.name);
          // A place has no day: with a range set it is left out, like any undated fact.
          this.edge(p.id, 'IN_DISTRICT', n.id, { articles: [[p.id, null]] });
        }
        break;
      case 'Activity':
        this.activity(n);
        break;
      case 'Article':
        this.node(n.id, 'Article', n.headline ?? n.id);
        if (n.activity) this.activity(n.activity);
        for (const w of n.authors) this.authorship(w.person, { ...w, article: { id: n.id, headline: n.headline, date: n.issueDate } });
        break;
      case 'Place':
        this.node(n.id, 'Place', n.name);
        if (n.district) {
          this.node(n.district.id, 'District', n.district.name);
          this.edge(n.id, 'IN_DISTRICT', n.district.id, { articles: [[n.id, null]] });
        }
        break;
    }
  }
}

// ---- the shapes queries.ts asks for ----

export interface Named { id: string; name: string }
export interface ArticleRef { id: string; headline: string | null; date: string | null }
export interface ActivityData {
  id: string;
  kind: string;
  date: { value: string } | null;
  article: ArticleRef | null;
  districts?: Named[];
  organizers?: Named[];
  participants?: { person: Named; roles: string[]; evidence: Evidence | null }[];
}
export interface PositionData { titles: string[]; articles: ArticleRef[]; evidence: Evidence | null }

export type NeighbourhoodData =
  | ({ __typename: 'Person' } & Named & {
      positions: (PositionData & { organization: Named })[];
      participations: { roles: string[]; evidence: Evidence | null; activity: ActivityData }[];
      authored: { edges: { node: { role: string; evidence: Evidence | null; article: ArticleRef } }[] };
    })
  | ({ __typename: 'Organization' } & Named & {
      positions: (PositionData & { person: Named })[];
      organized: { edges: { node: ActivityData }[] };
    })
  | ({ __typename: 'District' } & Named & {
      activities: { edges: { node: ActivityData }[] };
      places: { edges: { node: Named }[] };
    })
  | ({ __typename: 'Activity' } & ActivityData)
  | ({ __typename: 'Article'; id: string; headline: string | null; issueDate: string | null } & {
      activity: ActivityData | null;
      authors: { role: string; evidence: Evidence | null; person: Named }[];
    })
  | ({ __typename: 'Place' } & Named & { district: Named | null });
