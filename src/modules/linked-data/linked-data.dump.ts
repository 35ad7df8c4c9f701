import { entityNode } from './linked-data.document';
import { LinkedDataRepository } from './linked-data.repository';
import { jsonLdContext } from './linked-data.vocabulary';

/**
 * The whole graph as one JSON-LD document (`{"@context": …, "@graph": [one node per entity]}`), in pieces to write
 * as they come: one piece per entity, read page by page, so a dump of any size is never held whole. Each
 * relationship appears once, at its start node; related entities are named by URI (each is described in the dump).
 * @throws whatever the repository throws: a writer must then discard what it wrote (the JSON is left unclosed)
 */
export async function* dumpChunks(repository: LinkedDataRepository, base: string): AsyncGenerator<string> {
  yield `{"@context":${JSON.stringify(jsonLdContext(base))},"@graph":[`;
  let first = true;
  for await (const description of repository.dump()) {
    yield `${first ? '\n' : ',\n'}${JSON.stringify(entityNode(base, description.entity, description.outgoing, false))}`;
    first = false;
  }
  yield '\n]}\n';
}
