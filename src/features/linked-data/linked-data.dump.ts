import { entityNode } from './linked-data.document';
import { LinkedDataRepository } from './linked-data.repository';
import { jsonLdContext } from './linked-data.vocabulary';

/**
 * The whole graph as one JSON-LD document (`{"@context": …, "@graph": [the dataset, then one node per entity]}`), in
 * pieces to write
 * as they come: one piece per entity, read page by page, so a dump of any size is never held whole. Each
 * relationship appears once, at its start node; related entities are named by URI (each is described in the dump).
 * @throws whatever the repository throws: a writer must then discard what it wrote (the JSON is left unclosed)
 */
export async function* dumpChunks(repository: LinkedDataRepository, base: string): AsyncGenerator<string> {
  const pages = repository.dump();
  // The first page is read before anything is written, so a graph that cannot be read fails the request cleanly.
  let next = await pages.next();
  yield `{"@context":${JSON.stringify(jsonLdContext(base))},"@graph":[\n${JSON.stringify(datasetNode(base))}`;
  for (; !next.done; next = await pages.next()) {
    yield `,\n${JSON.stringify(entityNode(base, next.value.entity, next.value.outgoing, false))}`;
  }
  yield '\n]}\n';
}

/**
 * The dump itself as a schema:Dataset, with the credit the CC BY 4.0 licence of GeoNames asks for: places' countries
 * and GeoNames links come from the GeoNames gazetteer (data/gazetteer.generated.json).
 */
export function datasetNode(base: string): Record<string, unknown> {
  return {
    '@id': `${base}/id/dump.jsonld`,
    '@type': 'Dataset',
    name: 'VET policy graph: European vocational education and training policy',
    creditText: 'Place data: GeoNames (geonames.org), CC BY 4.0',
    isBasedOn: [{ '@id': 'https://www.geonames.org/' }],
  };
}
