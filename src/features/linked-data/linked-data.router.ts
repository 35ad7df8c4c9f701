import { ErrorRequestHandler, Request, Response, Router } from 'express';
import { ApiError, ServiceUnavailableError, TimeoutError } from '../../errors/api-errors';
import { Executor } from '../../db/executor';
import { excerpt } from '../../errors/value-excerpts';
import { entityDocument } from './linked-data.document';
import { dumpChunks } from './linked-data.dump';
import { LinkedDataRepository } from './linked-data.repository';
import { TYPE_SEGMENTS, VOCABULARY_PATH } from './linked-data.vocabulary';
import { vocabularyDocument } from './linked-data.ns';
import { chooseMediaType } from './linked-data.negotiation';

/** The media types an entity URI answers with, in the order used when the client accepts any (`*\/*`). */
export const ENTITY_MEDIA_TYPES = [
  'application/ld+json',
  'text/html',
  'text/turtle',
  'application/n-triples',
  'application/json',
] as const;

/** Longest key looked up; a longer one cannot be an id of ours (ids are short slugs) and gets the 404 at once. */
const MAX_KEY_LENGTH = 300;

/** What the linked-data routes need. */
export interface LinkedDataOptions {
  /** A fresh executor for one statement (with the request time limit applied). */
  executor: () => Executor;
  /** The base of every URI (`https://vet.example.org`), or undefined to take it from the request's Host. */
  publicBaseUrl?: string;
  /** Told of every unexpected error (for the log): the client gets 503, 504 or a masked 500, or a cut connection. */
  onError?: (error: unknown) => void;
}

/**
 * Linked data (issue 17, item 3):
 * - `GET /id/<type>/<key>`: the entity `<type>:<key>` by content negotiation (q-values honoured): `text/html` → 303
 *   to the dashboard focused on it; `application/ld+json` (or `application/json`, and the default for `*\/*`) →
 *   schema.org JSON-LD; `text/turtle`; `application/n-triples`. 404 for an unknown type (named, cut to 40
 *   characters) or key; 406 when none of these is acceptable.
 * - `GET /id/dump.jsonld`: every entity with its outgoing relationships as one JSON-LD document, streamed page by page.
 * - `GET /ns`: the project vocabulary (`vet:`), as JSON-LD or Turtle.
 * Rate limiting and read authorisation are applied in front of this router by the HTTP app.
 */
export function linkedDataRouter(options: LinkedDataOptions): Router {
  const router = Router();
  const repository = new LinkedDataRepository(options.executor);
  const baseOf = (req: Request) => options.publicBaseUrl ?? requestBase(req);

  router.get('/id/dump.jsonld', async (req, res) => {
    const base = baseOf(req);
    res.type('application/ld+json').setHeader('content-disposition', 'inline; filename="vet-policy-graph.jsonld"');
    try {
      for await (const chunk of dumpChunks(repository, base)) {
        // Wait when the client reads slower than the graph is read, instead of buffering the dump in memory; stop
        // reading the graph when the client has gone.
        if (!res.write(chunk)) await drainedOrClosed(res);
        if (res.destroyed) return;
      }
      res.end();
    } catch (error) {
      if (!res.headersSent) throw error;
      // The status line has gone out: cutting the connection leaves invalid JSON, so no one takes a partial dump whole.
      options.onError?.(error);
      res.destroy();
    }
  });

  router.get(VOCABULARY_PATH, async (req, res) => {
    const base = baseOf(req);
    const document = vocabularyDocument(base);
    await answer(req, res, document, base, false);
  });

  router.get('/id/:segment/:key', async (req, res) => {
    const segment = String(req.params.segment);
    const type = Object.prototype.hasOwnProperty.call(TYPE_SEGMENTS, segment) ? TYPE_SEGMENTS[segment] : undefined;
    if (!type) {
      res.status(404).json({
        error:
          `Unknown entity type "${excerpt(segment)}" in /id/<type>/<key>; known types: ` +
          `${Object.keys(TYPE_SEGMENTS).join(', ')}`,
      });
      return;
    }
    const key = String(req.params.key);
    const description = key.length <= MAX_KEY_LENGTH ? await repository.describe(type, `${segment}:${key}`) : null;
    if (!description) {
      res.status(404).json({ error: `No ${type} has the key "${excerpt(key)}"` });
      return;
    }
    const base = baseOf(req);
    // Under the public base, so a deployment behind a path prefix sends the browser to its own dashboard.
    await answer(
      req,
      res,
      entityDocument(base, description),
      base,
      true,
      `${base}/dashboard?focus=${encodeURIComponent(description.entity.id)}`,
    );
  });
  // Neo4j down or too slow answers like /graphql (503, 504 with its code); anything else is logged and masked.
  router.use(((error, _req, res, next) => {
    if (res.headersSent) return next(error);
    const status = error instanceof ServiceUnavailableError ? 503 : error instanceof TimeoutError ? 504 : 500;
    if (status === 500) options.onError?.(error);
    const known = status !== 500 ? (error as ApiError) : undefined;
    res.status(status).json({
      errors: [
        {
          message: known?.message ?? 'Internal server error',
          extensions: { code: known?.code ?? 'INTERNAL_SERVER_ERROR' },
        },
      ],
    });
  }) as ErrorRequestHandler);
  return router;
}

/** Sends `document` in the representation the client prefers; `html` is where a browser is sent (303), if anywhere. */
async function answer(
  req: Request,
  res: Response,
  document: Record<string, unknown>,
  base: string,
  withHtml: boolean,
  html?: string,
): Promise<void> {
  res.vary('Accept');
  const offered = ENTITY_MEDIA_TYPES.filter((type) => withHtml || type !== 'text/html');
  const chosen = chooseMediaType(req.get('accept'), offered);
  if (chosen === 'text/html' && html) return res.redirect(303, html);
  if (chosen === 'application/ld+json' || chosen === 'application/json') {
    res.type(chosen).send(JSON.stringify(document, null, 2));
  } else if (chosen === 'text/turtle') {
    const { toTurtle } = await rdf();
    res.type('text/turtle; charset=utf-8').send(await toTurtle(document, `${base}${VOCABULARY_PATH}#`));
  } else if (chosen === 'application/n-triples') {
    const { toNQuads } = await rdf();
    res.type('application/n-triples; charset=utf-8').send(await toNQuads(document));
  } else {
    res.status(406).json({ error: 'None of the accepted media types is served here', available: offered });
  }
}

/** Resolves when `res` can take more data or has been closed, whichever comes first (no listener is left behind). */
function drainedOrClosed(res: Response): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      res.off('drain', done).off('close', done);
      resolve();
    };
    res.on('drain', done).on('close', done);
  });
}

/**
 * The base URL as the client addressed this server (`http://localhost:4000`), from the protocol and the Host header.
 * A Host that is not a plain host name or address with an optional port is not used: `http://localhost` instead.
 */
export function requestBase(req: Request): string {
  const host = req.get('host') ?? '';
  return /^(?:[A-Za-z0-9.-]{1,253}|\[[0-9A-Fa-f:.]{2,45}\])(?::\d{1,5})?$/.test(host)
    ? `${req.protocol}://${host}`
    : 'http://localhost';
}

/**
 * The RDF serialisers (jsonld and n3), loaded on the first Turtle or N-Triples answer: with their HTTP client they
 * cost about 0.1 s to load, which every start and every API test would otherwise pay.
 */
function rdf(): Promise<typeof import('./linked-data.rdf')> {
  return import('./linked-data.rdf');
}
