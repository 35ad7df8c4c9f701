import { useTestApi } from '../support/test-api';
import { BUNDLED_COUNTS } from '../support/bundled-counts';
import { loadBundledData } from '../support/test-graph';

/**
 * F15. Several root fields of one request were joined into one database statement; when one found nothing, the
 * joined statement returned no row and every field of the request answered empty, with no error. Each request is sent
 * whole, as in the case, and every field must answer as it does alone (bundled data, no token).
 */
describe('F15. Sibling root fields come back empty', () => {
  const fixture = useTestApi(loadBundledData);

  it('organisations { totalCount } beside an event that does not exist: every organisation (845), and null for the event', async () => {
    const alone = await fixture.api.query('{ o: organisations(first: 1) { totalCount } }');
    expect(alone.data).toEqual({ o: { totalCount: BUNDLED_COUNTS.byType.Organisation } });
    const both = await fixture.api.query(
      '{ o: organisations(first: 1) { totalCount } x: event(id: "event:nope") { id } }',
    );
    expect(both.errors).toBeUndefined();
    expect(both.data).toEqual({ o: { totalCount: BUNDLED_COUNTS.byType.Organisation }, x: null });
  });

  it('search "Cedefop" beside search "Brugge": each lists what it lists alone, Cedefop among the first', async () => {
    const a = await fixture.api.query('{ a: search(query: "Cedefop", first: 2) { __typename node { id } } }');
    const b = await fixture.api.query('{ b: search(query: "Brugge", first: 2) { __typename node { id } } }');
    expect(a.data!.a.map((hit: { node: { id: string } }) => hit.node.id)).toContain('org:cedefop');
    const both = await fixture.api.query(
      '{ a: search(query: "Cedefop", first: 2) { __typename node { id } } b: search(query: "Brugge", first: 2) { __typename node { id } } }',
    );
    expect(both.errors).toBeUndefined();
    expect(both.data).toEqual({ a: a.data!.a, b: b.data!.b });
  });

  it('countryByCode("XK") beside stats counts: null, and the same non-empty counts as alone', async () => {
    const alone = await fixture.api.query('{ s: stats { counts(measure: EVENTS, groupBy: [COUNTRY]) { count } } }');
    expect(alone.data!.s.counts.length).toBeGreaterThan(0);
    const both = await fixture.api.query(
      '{ c: countryByCode(code: "XK") { code } s: stats { counts(measure: EVENTS, groupBy: [COUNTRY]) { count } } }',
    );
    expect(both.errors).toBeUndefined();
    expect(both.data).toEqual({ c: null, s: alone.data!.s });
  });
});
