import jsonld from 'jsonld';
import { Parser } from 'n3';
import { useTestApi } from '../support/test-api';
import { loadBundledData } from '../support/test-graph';
import { noRemoteDocuments } from '../../src/features/linked-data/linked-data.rdf';

const SCHEMA = 'https://schema.org/';
const XSD_DATE = 'http://www.w3.org/2001/XMLSchema#date';
const EVENT = 'event:pla-trainers-2013-louvain-la-neuve';
const EVENT_PATH = '/id/event/pla-trainers-2013-louvain-la-neuve';

type Expanded = Array<Record<string, Array<Record<string, unknown>>>>;

describe('entity URIs /id/<type>/<key> by content negotiation (issue 17, item 3)', () => {
  const fixture = useTestApi(loadBundledData);
  const get = (path: string, accept: string) =>
    fetch(`${fixture.api.url}${path}`, { headers: { accept }, redirect: 'manual' });
  const expandedOf = async (path: string) => {
    const response = await get(path, 'application/ld+json');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^application\/ld\+json/);
    return (await jsonld.expand(await response.json(), {
      documentLoader: noRemoteDocuments,
    } as jsonld.Options.Expand)) as unknown as Expanded;
  };

  it('answers JSON-LD that expands to the event’s schema.org triples, values as in the graph', async () => {
    const [row] = await fixture.graph.cypher(
      'MATCH (e:Event {id: $id}) OPTIONAL MATCH (e)-[:HELD_IN]->(p) OPTIONAL MATCH (e)-[:ORGANISED_BY]->(o) RETURN e.name AS name, toString(e.startDate) AS startDate, collect(DISTINCT p.id) AS places, collect(DISTINCT o.id) AS organisers',
      { id: EVENT },
    );
    expect(row.places).toContain('place:louvain-la-neuve');
    const uriOf = (id: string) => `${fixture.api.url}/id/${id.replace(':', '/')}`;
    const [event] = await expandedOf(EVENT_PATH);
    expect(event['@id']).toBe(`${fixture.api.url}${EVENT_PATH}`);
    expect(event['@type']).toEqual([`${SCHEMA}Event`, `${fixture.api.url}/ns#Event`]);
    expect(event[`${SCHEMA}name`]).toEqual([{ '@value': row.name }]);
    expect(event[`${SCHEMA}startDate`]).toEqual([{ '@value': row.startDate, '@type': XSD_DATE }]);
    expect(row.startDate).toBe('2013-05-28');
    expect(event[`${SCHEMA}location`].map((node) => node['@id']).sort()).toEqual(
      (row.places as string[]).map(uriOf).sort(),
    );
    expect((row.organisers as string[]).length).toBeGreaterThan(0);
    expect(event[`${SCHEMA}organizer`].map((node) => node['@id']).sort()).toEqual(
      (row.organisers as string[]).map(uriOf).sort(),
    );
  });

  it('gives a place its GeoNames sameAs and a country the EU country authority, from the data', async () => {
    const [place] = await fixture.graph.cypher(
      "MATCH (p:Place) WHERE any(s IN p.sources WHERE s STARTS WITH 'https://www.geonames.org/') RETURN p.id AS id, [s IN p.sources WHERE s STARTS WITH 'https://www.geonames.org/'][0] AS geonames ORDER BY p.id LIMIT 1",
    );
    const [node] = await expandedOf(`/id/place/${String(place.id).slice('place:'.length)}`);
    const geonameId = /(\d+)$/.exec(String(place.geonames))![1];
    expect(node[`${SCHEMA}sameAs`]).toEqual([{ '@id': `https://sws.geonames.org/${geonameId}/` }]);
    const [greece] = await expandedOf('/id/country/GR');
    expect(greece['@type']).toContain(`${SCHEMA}Country`);
    expect(greece[`${SCHEMA}sameAs`]).toEqual([
      { '@id': 'http://publications.europa.eu/resource/authority/country/GRC' },
    ]);
    expect(greece[`${SCHEMA}alternateName`]).toContainEqual({ '@value': 'Ελλάδα', '@language': 'el' });
  });

  it('writes incoming relationships as reverse properties: the place is the location of the event', async () => {
    const response = await get('/id/place/louvain-la-neuve', 'text/turtle');
    const quads = new Parser({ format: 'Turtle' }).parse(await response.text());
    const located = quads.filter(
      (quad) =>
        quad.predicate.value === `${SCHEMA}location` &&
        quad.object.value === `${fixture.api.url}/id/place/louvain-la-neuve`,
    );
    expect(located.map((quad) => quad.subject.value)).toContain(`${fixture.api.url}${EVENT_PATH}`);
  });

  it('answers Turtle that n3 parses into the same triples as the JSON-LD', async () => {
    const response = await get(EVENT_PATH, 'text/turtle');
    expect(response.headers.get('content-type')).toMatch(/^text\/turtle/);
    const text = await response.text();
    expect(text).toContain('@prefix schema: <https://schema.org/>.');
    const quads = new Parser({ format: 'Turtle', baseIRI: fixture.api.url }).parse(text);
    const subject = `${fixture.api.url}${EVENT_PATH}`;
    const startDate = quads.find(
      (quad) => quad.subject.value === subject && quad.predicate.value === `${SCHEMA}startDate`,
    );
    expect(startDate?.object.value).toBe('2013-05-28');
    expect(startDate?.object.termType === 'Literal' && startDate.object.datatype.value).toBe(XSD_DATE);
    const nquads = await (await get(EVENT_PATH, 'application/n-triples')).text();
    expect(quads.length).toBe(new Parser({ format: 'N-Triples' }).parse(nquads).length);
  });

  it('sends a browser to the dashboard focused on the entity (303)', async () => {
    const response = await get(EVENT_PATH, 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8');
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe(`${fixture.api.url}/dashboard?focus=${encodeURIComponent(EVENT)}`);
    expect(response.headers.get('vary')).toMatch(/Accept/i);
  });

  it('honours q-values and answers JSON-LD to */*', async () => {
    expect(
      (await get(EVENT_PATH, 'text/html;q=0.1, text/turtle;q=0.9, application/ld+json;q=0.5')).headers.get(
        'content-type',
      ),
    ).toMatch(/^text\/turtle/);
    expect((await get(EVENT_PATH, 'text/turtle;q=0.2, application/ld+json')).headers.get('content-type')).toMatch(
      /^application\/ld\+json/,
    );
    expect((await get(EVENT_PATH, '*/*')).headers.get('content-type')).toMatch(/^application\/ld\+json/);
    expect((await get(EVENT_PATH, 'application/ld+json;profile="http://www.w3.org/ns/json-ld#compacted"')).status).toBe(
      200,
    );
    expect(
      (await get(EVENT_PATH, 'text/turtle;charset=utf-8;q=0.8, application/n-triples;q=0.3')).headers.get(
        'content-type',
      ),
    ).toMatch(/^text\/turtle/);
    const refused = await get(EVENT_PATH, 'image/png');
    expect(refused.status).toBe(406);
    expect((await refused.json()).available).toContain('text/turtle');
  });

  it('answers 404 naming an unknown type (cut short) and for an unknown key', async () => {
    const unknownType = await get('/id/festival/x', 'application/ld+json');
    expect(unknownType.status).toBe(404);
    expect((await unknownType.json()).error).toBe(
      'Unknown entity type "festival" in /id/<type>/<key>; known types: country, place, org, wg, event, pub, policy, standard, person, topic',
    );
    const long = await get(`/id/${'x'.repeat(500)}/y`, 'application/ld+json');
    expect(long.status).toBe(404);
    expect(JSON.stringify(await long.json())).not.toContain('x'.repeat(41));
    const unknownKey = await get('/id/event/no-such-event', 'text/html');
    expect(unknownKey.status).toBe(404);
    expect((await unknownKey.json()).error).toBe('No Event has the key "no-such-event"');
    const wrongType = await get('/id/org/pla-trainers-2013-louvain-la-neuve', 'application/ld+json');
    expect(wrongType.status).toBe(404);
  });
});
