// The dashboard's only way to data: the public GraphQL API, as any client would call it.

/** The GraphQL endpoint (same origin as the page). */
export const GRAPHQL_URL = '/graphql';

/**
 * POSTs `query` to the API and resolves to its `data`.
 * @throws Error with the API's first error message (e.g. UNAUTHENTICATED on a deployment where reads need a token)
 */
export async function runQuery(query) {
  const response = await fetch(GRAPHQL_URL, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify({ query }),
  });
  const body = await response.json().catch(() => ({}));
  if (body.errors && body.errors.length) throw new Error(body.errors[0].message);
  if (!response.ok || !body.data) throw new Error(`The API answered HTTP ${response.status}`);
  return body.data;
}

/** The IDE at /graphql opens `?q=` as its first tab: a link to the exact query behind a chart. */
export function ideHref(query) {
  return `${GRAPHQL_URL}?q=${encodeURIComponent(query)}`;
}

/**
 * A GraphQL string literal for a value typed by a person. JSON string syntax is valid GraphQL string syntax, so the
 * query a chart runs and the query its IDE link shows are the same text, with no variables to copy separately.
 */
export function stringLiteral(value) {
  return JSON.stringify(String(value));
}

/** A GraphQL Int literal, or `null`; anything that is not a whole number is refused rather than sent. */
export function intLiteral(value) {
  if (value === null || value === undefined) return 'null';
  if (!Number.isInteger(value)) throw new Error(`not a whole number: ${value}`);
  return String(value);
}
