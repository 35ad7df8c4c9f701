// The dashboard's only way to data: the public GraphQL API, as any client would call it.

/** The GraphQL endpoint (same origin as the page). */
export const GRAPHQL_URL = '/graphql';

/** Where GraphiQL (the IDE at /graphql, same origin) keeps its Headers tab in this browser. */
const IDE_HEADERS_KEY = 'graphiql:headers';

/**
 * The `Authorization` header pasted into the IDE's Headers tab, if any: on a deployment where reads need a token
 * (READS_REQUIRE_AUTH), the dashboard reads with the same token rather than asking for it a second time.
 */
function ideAuthorization() {
  try {
    const headers = JSON.parse(window.localStorage.getItem(IDE_HEADERS_KEY) || '{}');
    const name = Object.keys(headers).find((key) => key.toLowerCase() === 'authorization');
    return name && typeof headers[name] === 'string' ? headers[name] : undefined;
  } catch {
    return undefined;
  }
}

/**
 * POSTs `query` (with its `variables`, if any) to the API, with the IDE's token when one was pasted there, and
 * resolves to its `data`.
 * @throws Error with the API's first error message; for UNAUTHENTICATED, also where to paste a token
 */
export async function runQuery(query, variables) {
  const authorization = ideAuthorization();
  const response = await fetch(GRAPHQL_URL, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      accept: 'application/json',
      ...(authorization ? { authorization } : {}),
    },
    body: JSON.stringify(variables ? { query, variables } : { query }),
  });
  const body = await response.json().catch(() => ({}));
  if (body.errors && body.errors.length) {
    const [first] = body.errors;
    if (first.extensions && first.extensions.code === 'UNAUTHENTICATED') {
      throw new Error(
        `${first.message} Paste a token into the IDE (${GRAPHQL_URL}, Headers tab: {"Authorization": "Bearer …"}) and reload this page.`,
      );
    }
    throw new Error(first.message);
  }
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
