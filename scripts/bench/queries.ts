// The queries the benchmark times: every README example, then dashboard,
// path, associate and list queries about the corpus's most named people and
// districts (from corpus-gold.json). Each has a hand-written Cypher version
// run straight on the store for the same answer (or its largest part), as the
// floor the API is measured against.
import { EXAMPLE_QUERIES } from '../../src/api/examples.ts';
import { encodeCursor } from '../../src/api/keyset.ts';
import { articlesOrder } from '../../src/api/orders.ts';
import type { Statement } from '../../src/graph/store.ts';

export interface QuerySpec { name: string; graphql: string; raw: Statement[] }

/** What the queries are about: picked from the corpus's gold file. */
/** `deepCursor`: the API's cursor of the article just before `deepOffset` in the district's list (deepCursorOf). */
export interface QuerySubjects { person: string; other: string; district: string; kind: string; from: string; to: string; deepOffset: number; deepCursor: string | null }

const STATS_FIELDS = `activityCount byKind { kind count } byDistrict { district { name } count }
  byOrganizer(first: 10) { organization { name } count } topPeople(first: 10) { person { name } count }
  topOrganizations(first: 10) { organization { name } count }`;

interface RawFilter { match: string; where: string; params: Record<string, unknown> }

/** The statements that answer `stats` under a filter: one per figure. */
function rawStats(f: RawFilter): Statement[] {
  const base = `MATCH (a:Activity)${f.match}${f.where ? ` WHERE ${f.where}` : ''}`;
  const top = (step: string, key: string) => ({ cypher: `${base} ${step} RETURN ${key} AS key, count(DISTINCT a.id) AS n ORDER BY n DESC, key LIMIT 10`, params: f.params });
  return [
    { cypher: `${base} RETURN count(DISTINCT a.id) AS n`, params: f.params },
    { cypher: `${base} RETURN a.kind AS key, count(DISTINCT a.id) AS n ORDER BY n DESC, key`, params: f.params },
    { cypher: `${base} MATCH (a)-[:TOOK_PLACE_IN]->(d:District) RETURN d.name AS key, count(DISTINCT a.id) AS n ORDER BY n DESC, key`, params: f.params },
    top('MATCH (o:Organization)-[:ORGANIZED]->(a)', 'o.name'),
    top('MATCH (p:Person)-[:PARTICIPATED_IN]->(a)', 'p.name'),
    top('MATCH (o:Organization)<-[:HOLDS_POSITION]-(:Person)-[:PARTICIPATED_IN]->(a)', 'o.name'),
  ];
}

const noFilter: RawFilter = { match: '', where: '', params: {} };

/** Raw statements for the README examples, in EXAMPLE_QUERIES order (by title). */
function rawExamples(): Record<string, Statement[]> {
  return {
    'Officials at events in 东城区': [{
      cypher: `MATCH (a:Activity)-[:TOOK_PLACE_IN]->(:District {name: $d}) MATCH (ar:Article)-[:REPORTS]->(a)
        WITH a, ar ORDER BY ar.page, ar.position LIMIT 20
        OPTIONAL MATCH (p:Person)-[r:PARTICIPATED_IN]->(a) OPTIONAL MATCH (p)-[h:HOLDS_POSITION]->(o:Organization)
        RETURN a.kind, ar.headline, p.name, r.roles, collect(h.titles), collect(o.name)`,
      params: { d: '东城区' },
    }],
    '北京市总工会 by its short name': [
      { cypher: 'MATCH (o:Organization) WHERE o.name = $n OR list_contains(o.aliases, $n) RETURN o.id, o.name, o.aliases, o.kind', params: { n: '市总工会' } },
      { cypher: `MATCH (o:Organization) WHERE o.name = $n OR list_contains(o.aliases, $n)
        OPTIONAL MATCH (p:Person)-[h:HOLDS_POSITION]->(o) RETURN h.titles, p.name`, params: { n: '市总工会' } },
      { cypher: `MATCH (o:Organization)-[:ORGANIZED]->(a:Activity)<-[:REPORTS]-(ar:Article) WHERE o.name = $n OR list_contains(o.aliases, $n)
        RETURN a.kind, ar.headline ORDER BY ar.page, ar.position LIMIT 20`, params: { n: '市总工会' } },
    ],
    'Who 赵丽君 is connected to': rawPerson('赵丽君'),
    'What happened in 通州区, newest first': [{
      cypher: `MATCH (a:Activity)-[:TOOK_PLACE_IN]->(:District {name: $d}) WHERE a.date >= date($from) AND a.date <= date($to)
        MATCH (ar:Article)-[:REPORTS]->(a) MATCH (pg:Page)-[:HAS_ARTICLE]->(ar)
        RETURN a.kind, a.date, a.datePrecision, a.dateSource, a.dateText, ar.headline, pg.issueDate ORDER BY a.date DESC, ar.page, ar.position LIMIT 20`,
      params: { d: '通州区', from: '2017-01-01', to: '2022-12-31' },
    }],
    'Activities per year, by kind': [
      { cypher: 'MATCH (a:Activity) WHERE a.date >= date($from) RETURN count(a)', params: { from: '2013-01-01' } },
      { cypher: 'MATCH (a:Activity) WHERE a.date >= date($from) RETURN a.kind AS kind, date_part(\'year\', a.date) AS y, count(*) AS n ORDER BY kind, y', params: { from: '2013-01-01' } },
    ],
    'Who held which titles at 北京市建筑工会, as of a day': [{
      cypher: `MATCH (p:Person)-[h:HOLDS_POSITION]->(o:Organization {name: $n}) WHERE h.date <= date($asOf)
        RETURN p.name, h.titles, min(h.date), max(h.date)`,
      params: { n: '北京市建筑工会', asOf: '2022-06-30' },
    }],
  };
}

/** A person's positions, participations and associates (by shared activities). */
function rawPerson(name: string): Statement[] {
  return [
    { cypher: 'MATCH (p:Person {name: $n})-[h:HOLDS_POSITION]->(o:Organization) RETURN h.titles, o.name', params: { n: name } },
    { cypher: `MATCH (p:Person {name: $n})-[r:PARTICIPATED_IN]->(a:Activity)<-[:REPORTS]-(ar:Article)
      OPTIONAL MATCH (a)-[:TOOK_PLACE_IN]->(d:District) RETURN r.roles, a.kind, ar.headline, collect(d.name)`, params: { n: name } },
    rawAssociates(name),
  ];
}

const rawAssociates = (name: string): Statement => ({
  cypher: `MATCH (p:Person {id: $id})-[:PARTICIPATED_IN]->(a:Activity)<-[:PARTICIPATED_IN]-(q:Person) WHERE q.id <> p.id
    RETURN q.name AS name, count(DISTINCT a.id) AS n ORDER BY n DESC, name LIMIT 10`,
  params: { id: `person:${name}` },
});

/** Who holds a position in an organization where the person holds one: the other half of associates. */
const rawCoHolders = (name: string): Statement => ({
  cypher: `MATCH (p:Person {id: $id})-[:HOLDS_POSITION]->(o:Organization)<-[:HOLDS_POSITION]-(q:Person) WHERE q.id <> p.id
    RETURN q.name AS name, count(DISTINCT o.id) AS n ORDER BY n DESC, name LIMIT 10`,
  params: { id: `person:${name}` },
});

const rawArticles = (district: string, skip: number): Statement => ({
  cypher: `MATCH (d:District {name: $d}) MATCH (ar:Article)
    WHERE EXISTS { MATCH (ar)-[:REPORTS]->(:Activity)-[:TOOK_PLACE_IN]->(d) } OR EXISTS { MATCH (ar)-[:MENTIONS_PLACE]->(:Place)-[:IN_DISTRICT]->(d) }
    RETURN ar.id, ar.headline ORDER BY ar.page, ar.position, ar.id SKIP $skip LIMIT 20`,
  params: { d: district, skip },
});

/** The sort key of the district article at `at` in page order: the cursor a client paging there would hold. */
export const deepKey = (district: string, at: number): Statement => ({
  cypher: rawArticles(district, at).cypher.replace('RETURN ar.id, ar.headline', 'RETURN ar.page AS page, ar.position AS position, ar.id AS id').replace('LIMIT 20', 'LIMIT 1'),
  params: rawArticles(district, at).params,
});
export const deepCursorOf = (row: Record<string, unknown> | undefined): string | null =>
  (row ? encodeCursor(articlesOrder({ field: 'PAGE', direction: 'ASC' }), [String(row.page), Number(row.position), String(row.id)]) : null);

export function querySpecs(s: QuerySubjects): QuerySpec[] {
  const raw = rawExamples();
  const examples = EXAMPLE_QUERIES.map((e) => ({ name: `example: ${e.title}`, graphql: e.query, raw: raw[e.title] ?? [] }));
  // The short name is shared by other cities' unions in a large corpus (an error that lists them): the full name is timed too.
  const union = EXAMPLE_QUERIES.find((e) => e.title === '北京市总工会 by its short name');
  if (union) {
    const full = (st: Statement) => ({ ...st, params: { ...st.params, n: '北京市总工会' } });
    examples.push({ name: '北京市总工会 by its full name', graphql: union.query.replace('"市总工会"', '"北京市总工会"'), raw: raw[union.title].map(full) });
  }
  const str = JSON.stringify;
  const district: RawFilter = { match: '-[:TOOK_PLACE_IN]->(:District {name: $d})', where: '', params: { d: s.district } };
  const kind: RawFilter = { match: '', where: 'a.kind = $k', params: { k: s.kind.toLowerCase() } };
  const dates: RawFilter = { match: '', where: 'a.date >= date($from) AND a.date <= date($to)', params: { from: s.from, to: s.to } };
  const articles = (after: string) => `{ articles(filter: { district: ${str(s.district)} }, first: 20${after}) { totalCount edges { node { id headline } } } }`;
  return [
    ...examples,
    { name: 'stats', graphql: `{ stats { ${STATS_FIELDS} } }`, raw: rawStats(noFilter) },
    { name: `stats district ${s.district}`, graphql: `{ stats(filter: { district: ${str(s.district)} }) { ${STATS_FIELDS} } }`, raw: rawStats(district) },
    { name: `stats kind ${s.kind}`, graphql: `{ stats(filter: { kind: ${s.kind} }) { ${STATS_FIELDS} } }`, raw: rawStats(kind) },
    { name: `stats ${s.from}..${s.to}`, graphql: `{ stats(filter: { date: { from: ${str(s.from)}, to: ${str(s.to)} } }) { ${STATS_FIELDS} } }`, raw: rawStats(dates) },
    {
      name: 'stats series MONTH',
      graphql: '{ stats { series(interval: MONTH) { total points { start count } } } }',
      raw: [{ cypher: 'MATCH (a:Activity) WHERE a.date IS NOT NULL RETURN date_trunc(\'month\', a.date) AS m, count(*) AS n ORDER BY m', params: {} }],
    },
    {
      name: 'path between the two most named',
      graphql: `{ path(from: ${str(`person:${s.person}`)}, to: ${str(`person:${s.other}`)}) { length nodes { id } } }`,
      raw: [{ cypher: 'MATCH p = (a:Person {id: $from})-[* SHORTEST 1..4]-(b:Person {id: $to}) RETURN length(p) AS n, list_transform(nodes(p), x -> x.id) AS ids', params: { from: `person:${s.person}`, to: `person:${s.other}` } }],
    },
    {
      name: 'associates of the most named',
      // By id: a name that many articles use is several persons (the first of them is person:<name>).
      graphql: `{ node(id: ${str(`person:${s.person}`)}) { ... on Person { associates(first: 10) { count person { name } } } } }`,
      // The API ranks by shared activities and shared organizations together: both halves.
      raw: [rawAssociates(s.person), rawCoHolders(s.person)],
    },
    { name: `articles in ${s.district}, first page`, graphql: articles(''), raw: [rawArticles(s.district, 0)] },
    {
      name: `articles in ${s.district}, page at nine tenths`,
      graphql: articles(s.deepCursor ? `, after: ${str(s.deepCursor)}` : ''),
      raw: [rawArticles(s.district, s.deepOffset)],
    },
  ];
}
