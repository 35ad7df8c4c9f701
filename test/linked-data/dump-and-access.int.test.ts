import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import jsonld from 'jsonld';
import { projectRoot } from '../../src/project-root';
import { useTestApi } from '../support/test-api';
import { loadBundledData } from '../support/test-graph';
import { authHeader } from '../support/tokens';
import { noRemoteDocuments } from '../../src/features/linked-data/linked-data.rdf';
import { dumpChunks } from '../../src/features/linked-data/linked-data.dump';
import { LinkedDataRepository } from '../../src/features/linked-data/linked-data.repository';
import { RELATIONSHIP_TYPES } from '../../src/domain/relationship-types';

type Expanded = Array<Record<string, unknown>>;

/** Triples whose object is another entity of the dump, counted over every node. */
function entityLinks(nodes: Expanded, base: string): number {
  let links = 0;
  for (const node of nodes) {
    for (const [property, values] of Object.entries(node)) {
      if (property.startsWith('@') || property.endsWith('/source') || property === 'https://schema.org/sameAs')
        continue;
      links += (values as Array<Record<string, unknown>>).filter((value) =>
        String(value['@id'] ?? '').startsWith(`${base}/id/`),
      ).length;
    }
  }
  return links;
}

describe('the bulk dump /id/dump.jsonld and the CLI export (issue 17, item 3)', () => {
  const fixture = useTestApi(loadBundledData);

  it('streams one JSON-LD document with every entity and every relationship once, as the graph has them', async () => {
    const response = await fetch(`${fixture.api.url}/id/dump.jsonld`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^application\/ld\+json/);
    const expanded = (await jsonld.expand(await response.json(), {
      documentLoader: noRemoteDocuments,
    } as jsonld.Options.Expand)) as Expanded;
    const [counts] = await fixture.graph.cypher(
      'CALL () { MATCH (n:Entity) RETURN count(n) AS entities } CALL () { MATCH (:Entity)-[r]->(:Entity) WHERE type(r) IN $types RETURN count(r) AS links } RETURN entities, links',
      { types: RELATIONSHIP_TYPES },
    );
    const [dataset, ...entities] = expanded;
    expect(dataset['@type']).toEqual(['https://schema.org/Dataset']);
    expect(dataset['https://schema.org/creditText']).toEqual([
      { '@value': 'Place data: GeoNames (geonames.org), CC BY 4.0' },
    ]);
    expect(entities.length).toBe(counts.entities);
    expect(entityLinks(entities, fixture.api.url)).toBe(counts.links);
    const event = expanded.find(
      (node) => node['@id'] === `${fixture.api.url}/id/event/pla-trainers-2013-louvain-la-neuve`,
    )!;
    expect(event['https://schema.org/startDate']).toEqual([
      { '@value': '2013-05-28', '@type': 'http://www.w3.org/2001/XMLSchema#date' },
    ]);
  });

  it('gives the CLI the same document, page by page, under the base it is told', async () => {
    let text = '';
    for await (const chunk of dumpChunks(
      new LinkedDataRepository(() => fixture.graph.executor),
      'https://vet.example.org',
    ))
      text += chunk;
    const document = JSON.parse(text);
    const served = await (await fetch(`${fixture.api.url}/id/dump.jsonld`)).json();
    expect(document['@graph'].length).toBe(served['@graph'].length);
    expect(document['@graph'][1]['@id']).toBe(
      served['@graph'][1]['@id'].replace(fixture.api.url, 'https://vet.example.org'),
    );
    // Small pages cross page boundaries without losing or repeating an entity.
    const ids: string[] = [];
    for await (const description of new LinkedDataRepository(() => fixture.graph.executor).dump(7))
      ids.push(description.entity.id);
    expect(new Set(ids).size).toBe(document['@graph'].length - 1);
    expect(ids.length).toBe(new Set(ids).size);
  });

  it('`npm run export:jsonld -- --out FILE --base URL` writes that document to a file', () => {
    const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'export-jsonld-')), 'graph.jsonld');
    const cli = path.join(projectRoot(), 'dist', 'src', 'cli', 'export-jsonld.js');
    const run = spawnSync(process.execPath, [cli, '--out', out, '--base', 'https://vet.example.org/'], {
      encoding: 'utf8',
      env: { ...process.env },
    });
    expect(run.status).toBe(0);
    const document = JSON.parse(fs.readFileSync(out, 'utf8'));
    expect(run.stderr).toContain(`export:jsonld: ${document['@graph'].length - 1} entities written to ${out}`);
    expect(document['@graph'].map((node: { '@id': string }) => node['@id'])).toContain(
      'https://vet.example.org/id/event/pla-trainers-2013-louvain-la-neuve',
    );
  });
});

describe('linked data under READS_REQUIRE_AUTH and the rate limit', () => {
  const fixture = useTestApi(async () => undefined, {
    READS_REQUIRE_AUTH: 'true',
    RATE_LIMIT_MAX: '2',
    PUBLIC_BASE_URL: 'https://vet.example.org/',
  });
  const path = '/id/country/BE';

  it('needs a reader token like /graphql, refuses a bad one, and counts against the same limit (2 per client: the token’s subject, else the address)', async () => {
    const anonymous = await fetch(`${fixture.api.url}${path}`);
    expect(anonymous.status).toBe(401);
    expect((await anonymous.json()).errors[0].extensions.code).toBe('UNAUTHENTICATED');
    const bad = await fetch(`${fixture.api.url}/id/dump.jsonld`, { headers: { authorization: 'Bearer not-a-jwt' } });
    expect(bad.status).toBe(401);
    const reader = await fetch(`${fixture.api.url}${path}`, {
      headers: { ...(await authHeader('reader')), accept: 'application/ld+json' },
    });
    expect(reader.status).toBe(200);
    expect((await reader.json())['@id']).toBe('https://vet.example.org/id/country/BE');
    const graphql = await fixture.api.query('{ __typename }', undefined, await authHeader('reader'));
    expect(graphql.status).toBe(200);
    const limited = await fetch(`${fixture.api.url}${path}`, { headers: await authHeader('reader') });
    expect(limited.status).toBe(429);
    expect((await limited.json()).errors[0].extensions.code).toBe('RATE_LIMITED');
  });
});
