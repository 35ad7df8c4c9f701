import { GraphQLResponse } from './test-api';

/** POSTs one GraphQL request to `baseUrl`/graphql and returns the parsed answer with its status and headers. */
export async function postGraphQL<T = Record<string, any>>(
  baseUrl: string,
  query: string,
  variables?: Record<string, unknown>,
  headers: Record<string, string> = {},
): Promise<GraphQLResponse<T>> {
  const response = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  const text = await response.text();
  let body: Record<string, unknown>;
  try {
    body = JSON.parse(text);
  } catch {
    body = { errors: [{ message: `not JSON: ${text.slice(0, 200)}` }] };
  }
  return { status: response.status, headers: response.headers, ...body } as GraphQLResponse<T>;
}

/** GET /health/ready: the status code and the JSON body. */
export async function readiness(
  baseUrl: string,
): Promise<{ status: number; body: { status: string; reason?: string } }> {
  const response = await fetch(`${baseUrl}/health/ready`);
  return { status: response.status, body: (await response.json()) as { status: string; reason?: string } };
}
