// The GraphQL the explore page sends: one query per expansion (a node's
// neighbourhood, by id), the name search and an article. Only the server's own
// /graphql, as JSON POSTs (which its CSRF rule lets through).

const EVIDENCE = 'evidence { text rule start end article { id headline } }';
const ARTICLE = 'id headline date';
const ACTIVITY = `id kind date { value } article { ${ARTICLE} } districts { id name } organizers { id name }`;

/** The neighbourhood of any node the page draws; the sizes keep it within the API's cost limit. */
export const NEIGHBOURHOOD = `query Neighbourhood($id: ID!) {
  node(id: $id) {
    __typename id
    ... on Person {
      name
      positions(first: 20) { titles organization { id name } articles(first: 20) { ${ARTICLE} } ${EVIDENCE} }
      participations(first: 30) { roles ${EVIDENCE} activity { ${ACTIVITY} } }
      authored(first: 10) { edges { node { role ${EVIDENCE} article { ${ARTICLE} } } } }
    }
    ... on Organization {
      name
      positions(first: 30) { titles person { id name } articles(first: 10) { ${ARTICLE} } ${EVIDENCE} }
      organized(first: 30) { edges { node { ${ACTIVITY} } } }
    }
    ... on District {
      name
      activities(first: 30) { edges { node { ${ACTIVITY} } } }
      places(first: 30) { edges { node { id name } } }
    }
    ... on Activity {
      ${ACTIVITY}
      participants { roles ${EVIDENCE} person { id name } }
    }
    ... on Article {
      # An activity's date is of another type: the field needs its own name here.
      headline issueDate: date
      activity { ${ACTIVITY} }
      authors { role ${EVIDENCE} person { id name } }
    }
    ... on Place { name district { id name } }
  }
}`;

export const SEARCH = `query Search($text: String!) {
  people(search: $text, first: 10) { edges { node { id name } } }
  organizations(search: $text, first: 10) { edges { node { id name } } }
  districts { id name }
}`;

export const ARTICLE_TEXT = `query Article($id: ID!) {
  node(id: $id) { ... on Article { id headline date body page { file } } }
}`;

export async function graphql<T>(query: string, variables: Record<string, unknown>): Promise<T> {
  const res = await fetch('/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const body = await res.json() as { data?: T; errors?: { message: string }[] };
  if (body.errors?.length) throw new Error(body.errors.map((e) => e.message).join('; '));
  return body.data as T;
}
