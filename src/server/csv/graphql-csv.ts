import { Request, RequestHandler, Response } from 'express';
import { ApolloServer, HeaderMap, HTTPGraphQLRequest } from '@apollo/server';
import { stringify } from 'csv-stringify';
import { GraphContext } from '../../context/graph-context';
import { answerTable, AnswerTableError } from './answer-table';

/** The CSV endpoint's path: beside /graphql, so a proxy that routes /graphql routes it too. */
export const GRAPHQL_CSV_PATH = '/graphql/csv';

/**
 * Characters that make a spreadsheet read a cell as a formula (OWASP "CSV injection"), also tab and carriage return.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * A text cell as written: one that a spreadsheet would run as a formula gets a leading apostrophe (shown as text,
 * never evaluated). Numbers and booleans are written as they are.
 */
export function safeCell(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

/**
 * POST/GET /graphql/csv (issue 17, item 2): runs the request through the same Apollo server and HTTP handling as
 * /graphql (`executeHTTPGraphQLRequest`, as the Express integration does: CSRF prevention, size, depth and cost
 * limits, access rules, time limit, masking), then writes the first list of the answer as CSV (see answer-table.ts)
 * with csv-stringify. An answer with errors is not written as CSV: the GraphQL JSON is sent as it is, with Apollo's
 * status, or 422 when Apollo's was 200 (partial data would make a sheet that looks whole). 422 too when the answer has
 * no list. Rate limiting and body parsing are in front of this handler.
 * @param context the context function /graphql uses, so the caller, the request id and the limits are the same
 */
export function graphqlCsvHandler(
  apollo: ApolloServer<GraphContext>,
  context: (args: { req: Request; res: Response }) => Promise<GraphContext>,
): RequestHandler {
  return async (req, res) => {
    const headers = new HeaderMap();
    for (const [key, value] of Object.entries(req.headers))
      if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
    // Apollo answers JSON; the CSV is made from it here, so the client's `Accept: text/csv` must not reach Apollo.
    headers.set('accept', 'application/graphql-response+json, application/json');
    const request: HTTPGraphQLRequest = {
      method: req.method.toUpperCase(),
      headers,
      search: new URL(req.originalUrl, 'http://local').search,
      body: req.body,
    };
    const response = await apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: request,
      context: () => context({ req, res }),
    });
    if (response.body.kind !== 'complete') {
      res.status(406).json({
        errors: [
          {
            message: 'Incremental delivery (@defer, @stream) cannot be written as CSV.',
            extensions: { code: 'BAD_REQUEST' },
          },
        ],
      });
      return;
    }
    const status = response.status ?? 200;
    const text = response.body.string;
    let answer: { data?: unknown; errors?: unknown[] };
    try {
      answer = JSON.parse(text);
    } catch {
      answer = {};
    }
    if (status !== 200 || !answer.data || answer.errors?.length) {
      for (const [key, value] of response.headers) res.setHeader(key, value);
      res.status(status === 200 ? 422 : status).send(text);
      return;
    }
    let table;
    try {
      table = answerTable(answer.data);
    } catch (error) {
      if (!(error instanceof AnswerTableError)) throw error;
      res.status(422).json({ errors: [{ message: error.message, extensions: { code: 'BAD_REQUEST' } }] });
      return;
    }
    res.type('text/csv; charset=utf-8');
    res.setHeader('content-disposition', `attachment; filename="${fileName(req)}.csv"`);
    res.setHeader('x-csv-rows-from', table.path);
    const csv = stringify({
      header: table.columns.length > 0,
      columns: table.columns,
      bom: req.query.bom === 'true',
      cast: { string: safeCell, boolean: (value) => String(value), object: (value) => safeCell(JSON.stringify(value)) },
    });
    csv.pipe(res);
    for (const row of table.rows) csv.write(row);
    csv.end();
  };
}

/** The download's name: the operation name sent, else the first operation's name in the query, else `answer`. */
function fileName(req: Request): string {
  const body = req.body as { operationName?: unknown; query?: unknown } | undefined;
  const query = body?.query ?? req.query.query;
  const named = typeof query === 'string' ? /^\s*(?:query|mutation)\s+([A-Za-z_]\w*)/.exec(query)?.[1] : undefined;
  const sent = body?.operationName ?? req.query.operationName ?? named;
  return typeof sent === 'string' && /^[A-Za-z_][A-Za-z0-9_]{0,63}$/.test(sent) ? sent : 'answer';
}
