import jsonld from 'jsonld';
import { Parser } from 'n3';
import { ENTITY_TYPES, ID_PREFIX } from '../../src/domain/entity-types';
import { noRemoteDocuments } from '../../src/features/linked-data/linked-data.rdf';
import { useTestApi } from '../support/test-api';
import { loadBundledData } from '../support/test-graph';

/** The schema.org class each type is written as (the policy document and place rules are tested by kind below). */
const SCHEMA_CLASS: Record<string, string[]> = {
  Country: ['Country'],
  Place: ['City', 'Place'],
  Organisation: ['Organization'],
  WorkingGroup: ['Organization'],
  Event: ['Event'],
  Publication: ['CreativeWork'],
  PolicyDocument: ['CreativeWork', 'Legislation'],
  CompetenceStandard: ['CreativeWork'],
  Person: ['Person'],
  Topic: ['DefinedTerm'],
};

describe('every entity type answers as linked data (issue 17, item 3)', () => {
  const fixture = useTestApi(loadBundledData);

  it.each(ENTITY_TYPES.map((type) => [type]))(
    '%s: JSON-LD that expands with its classes and its stored name, and Turtle that parses',
    async (type) => {
      // The label comes from our own list of types, never from input.
      const [row] = await fixture.graph.cypher(
        `MATCH (n:\`${type}\`) RETURN n.id AS id, n.name AS name ORDER BY n.id LIMIT 1`,
      );
      const key = String(row.id).slice(ID_PREFIX[type].length + 1);
      const path = `/id/${ID_PREFIX[type]}/${encodeURIComponent(key)}`;
      const response = await fetch(`${fixture.api.url}${path}`, { headers: { accept: 'application/ld+json' } });
      expect(response.status).toBe(200);
      const [node] = (await jsonld.expand(await response.json(), {
        documentLoader: noRemoteDocuments,
      } as jsonld.Options.Expand)) as Array<Record<string, any>>;
      expect(node['@id']).toBe(`${fixture.api.url}${path}`);
      expect(node['@type']).toContain(`${fixture.api.url}/ns#${type}`);
      const schemaClasses = (node['@type'] as string[])
        .filter((iri) => iri.startsWith('https://schema.org/'))
        .map((iri) => iri.slice('https://schema.org/'.length));
      expect(schemaClasses).toHaveLength(1);
      expect(SCHEMA_CLASS[type]).toContain(schemaClasses[0]);
      expect(node['https://schema.org/name']).toEqual([{ '@value': row.name }]);
      expect(node['https://schema.org/identifier']).toEqual([{ '@value': row.id }]);
      const turtle = await (await fetch(`${fixture.api.url}${path}`, { headers: { accept: 'text/turtle' } })).text();
      const quads = new Parser({ format: 'Turtle' }).parse(turtle);
      expect(
        quads.some((quad) => quad.subject.value === node['@id'] && quad.predicate.value === 'https://schema.org/name'),
      ).toBe(true);
    },
  );

  it('writes regulations and Council recommendations as Legislation (adopted: legislationPassedBy), other policy documents as CreativeWork', async () => {
    const rows = await fixture.graph.cypher(
      "MATCH (p:PolicyDocument) WHERE p.kind IN ['REGULATION', 'COUNCIL_RECOMMENDATION', 'COMMUNIQUE'] RETURN p.id AS id, p.kind AS kind ORDER BY p.kind, p.id",
    );
    expect(new Set(rows.map((row) => row.kind))).toEqual(
      new Set(['REGULATION', 'COUNCIL_RECOMMENDATION', 'COMMUNIQUE']),
    );
    for (const row of rows) {
      const body = await (
        await fetch(`${fixture.api.url}/id/policy/${String(row.id).slice('policy:'.length)}`, {
          headers: { accept: 'application/ld+json' },
        })
      ).json();
      expect(body['@type'][0]).toBe(row.kind === 'COMMUNIQUE' ? 'CreativeWork' : 'Legislation');
      const [adopters] = await fixture.graph.cypher(
        'MATCH (:PolicyDocument {id: $id})-[:ADOPTED_BY]->(o) RETURN collect(o.id) AS ids',
        { id: row.id },
      );
      const property = row.kind === 'COMMUNIQUE' ? 'vet:adoptedBy' : 'legislationPassedBy';
      expect(
        (body[property] ?? [])
          .map((node: { identifier?: string; '@id': string }) => node['@id'].split('/id/')[1].replace('/', ':'))
          .sort(),
      ).toEqual([...(adopters.ids as string[])].sort());
    }
  });
});
