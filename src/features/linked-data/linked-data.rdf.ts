import jsonld from 'jsonld';
import { Parser, Writer } from 'n3';
import { RDF, RDFS, SCHEMA, XSD } from './linked-data.vocabulary';
import { JsonLdNode } from './linked-data.document';

/**
 * A document loader that loads nothing: our documents carry their context inline, so a processor that wanted to
 * fetch a remote one would be reading something we did not write (and the server must not fetch URLs).
 * @throws Error always, naming the URL's first 100 characters
 */
export async function noRemoteDocuments(url: string): Promise<never> {
  throw new Error(`remote JSON-LD documents are not loaded (${url.slice(0, 100)})`);
}

/**
 * The RDF of a JSON-LD document as N-Quads (jsonld's own conversion: the Turtle says exactly what the JSON-LD says).
 */
export async function toNQuads(document: JsonLdNode): Promise<string> {
  return (await jsonld.toRDF(
    document as jsonld.JsonLdDocument,
    { format: 'application/n-quads', documentLoader: noRemoteDocuments } as jsonld.Options.ToRdf,
  )) as unknown as string;
}

/**
 * A JSON-LD document as Turtle, written by n3 with the prefixes `schema:`, `vet:` (the project vocabulary at
 * `vocabulary`), `xsd:`, `rdf:` and `rdfs:`; the statements about the document's own `@id` come first.
 */
export async function toTurtle(document: JsonLdNode, vocabulary: string): Promise<string> {
  const quads = new Parser({ format: 'N-Quads' }).parse(await toNQuads(document));
  const subject = document['@id'];
  const own = quads.filter((quad) => quad.subject.value === subject);
  const writer = new Writer({ prefixes: { schema: SCHEMA, vet: vocabulary, xsd: XSD, rdf: RDF, rdfs: RDFS } });
  writer.addQuads([...own, ...quads.filter((quad) => quad.subject.value !== subject)]);
  return new Promise((resolve, reject) =>
    writer.end((error, result: string) => (error ? reject(error) : resolve(result))),
  );
}
