import { useTestApi } from '../support/test-api';
import { loadBundledData } from '../support/test-graph';
import { EXAMPLE_QUERIES } from '../../src/server/example-queries';
import { FactRelation, heldIn, isDated, readBundledFacts, yearOfValue } from '../support/bundled-facts';

/*
 * Issue 16, item 1: `asOf` on relationship fields and on the filters that follow relationships. Every expectation is
 * computed from the bundled data files (read here, not through the importer), which another person keeps growing.
 */
const facts = readBundledFacts();
const sorted = (ids: Iterable<string>) => [...ids].sort();
const ids = (connection: { nodes: Array<{ id: string }> }) => sorted(connection.nodes.map((node) => node.id));
const kindOf = (id: string) => facts.entities.get(id)?.type;

/** Ids of the members of `group` with the given entity type whose MEMBER_OF held in `year`, from the data files. */
function membersIn(group: string, type: 'Country' | 'Organisation', year: number): string[] {
  return sorted(
    facts.relations
      .filter((r) => r.type === 'MEMBER_OF' && r.to === group && kindOf(r.from) === type && heldIn(r, year))
      .map((r) => r.from),
  );
}

/** Years around the since and until of the dated relations: where an answer can change. */
function boundaryYears(relations: FactRelation[]): number[] {
  const years = new Set<number>();
  for (const r of relations) {
    for (const value of [r.props.since, r.props.until]) {
      const year = yearOfValue(value);
      if (year !== null) [year - 1, year, year + 1].forEach((y) => years.add(y));
    }
  }
  return [...years].sort();
}

describe('asOf: relationships as of a year (issue 16, item 1)', () => {
  const fixture = useTestApi(loadBundledData);

  it("answers ReferNet's member countries and members in two years differently, both as the data files say", async () => {
    const [early, late] = [2003, 2017];
    expect(membersIn('org:refernet', 'Country', early)).not.toEqual(membersIn('org:refernet', 'Country', late));
    expect(membersIn('org:refernet', 'Organisation', 2010)).not.toEqual(
      membersIn('org:refernet', 'Organisation', late),
    );
    const response = await fixture.api.query(
      `query($early: Int, $late: Int) { organisation(id: "org:refernet") {
      countriesEarly: memberCountries(asOf: $early, first: 100) { nodes { id } }
      countriesLate: memberCountries(asOf: $late, first: 100) { nodes { id } }
      members2010: members(asOf: 2010, first: 100) { nodes { id } }
      membersLate: members(asOf: $late, first: 100) { edges { node { id } relationship { since until } } }
    } }`,
      { early, late },
    );
    expect(response.errors).toBeUndefined();
    const org = response.data!.organisation;
    expect(ids(org.countriesEarly)).toEqual(membersIn('org:refernet', 'Country', early));
    expect(ids(org.countriesLate)).toEqual(membersIn('org:refernet', 'Country', late));
    expect(ids(org.members2010)).toEqual(membersIn('org:refernet', 'Organisation', 2010));
    expect(sorted(org.membersLate.edges.map((e: any) => e.node.id))).toEqual(
      membersIn('org:refernet', 'Organisation', late),
    );
    // The Polish partner (since 2016, until 2019) is a member in 2017 and not in 2010.
    expect(org.membersLate.edges.map((e: any) => e.node.id)).toContain('org:ibe');
    expect(ids(org.members2010)).not.toContain('org:ibe');
  });

  it('answers every group with dated memberships in the data, at each year around a since or until, as the data files say', async () => {
    const dated = facts.relations.filter((r) => r.type === 'MEMBER_OF' && isDated(r));
    const groups = [...new Set(dated.map((r) => r.to))];
    expect(groups.length).toBeGreaterThan(0);
    for (const group of groups) {
      const years = boundaryYears(dated.filter((r) => r.to === group));
      const field = kindOf(group) === 'WorkingGroup' ? 'WorkingGroup' : 'Organisation';
      const aliases = years.map(
        (y) =>
          `o${y}: members(asOf: ${y}, first: 100) { nodes { id } } c${y}: memberCountries(asOf: ${y}, first: 100) { nodes { id } }`,
      );
      const response = await fixture.api.query(
        `query($id: ID!) { node(id: $id) { ... on ${field} { ${aliases.join('\n')} } } }`,
        { id: group },
      );
      expect(response.errors).toBeUndefined();
      for (const y of years) {
        expect({ group, y, members: ids(response.data!.node[`o${y}`]) }).toEqual({
          group,
          y,
          members: membersIn(group, 'Organisation', y),
        });
        expect({ group, y, countries: ids(response.data!.node[`c${y}`]) }).toEqual({
          group,
          y,
          countries: membersIn(group, 'Country', y),
        });
      }
    }
  });

  it("places Cedefop's seat in 1990 and now as the data files say: Berlin (Germany), then Thessaloniki (Greece)", async () => {
    const now = new Date().getUTCFullYear();
    const seats = facts.relations.filter(
      (r) => r.type === 'LOCATED_IN' && r.from === 'org:cedefop' && kindOf(r.to) === 'Place',
    );
    const seatIn = (year: number) => sorted(seats.filter((r) => heldIn(r, year)).map((r) => r.to));
    const countryOf = (place: string) =>
      facts.relations.find((r) => r.type === 'LOCATED_IN' && r.from === place && r.to.startsWith('country:'))?.to;
    expect(seatIn(1990)).toEqual(['place:berlin']);
    expect(seatIn(now)).toEqual(['place:thessaloniki']);
    const response = await fixture.api.query(
      `query($now: Int) { organisation(id: "org:cedefop") {
      seat1990: places(asOf: 1990) { nodes { id } } country1990: country(asOf: 1990) { id code } seat1995: places(asOf: 1995) { nodes { id } }
      seatNow: places(asOf: $now) { nodes { id } } countryNow: country(asOf: $now) { id code } country { id }
    } }`,
      { now },
    );
    expect(response.errors).toBeUndefined();
    const org = response.data!.organisation;
    expect(ids(org.seat1990)).toEqual(seatIn(1990));
    expect(org.country1990).toEqual({ id: countryOf('place:berlin'), code: 'DE' });
    expect(ids(org.seatNow)).toEqual(seatIn(now));
    // The move year counts for both seats: until "1995" and since "1995-09-01" both touch 1995.
    expect(ids(org.seat1995)).toEqual(seatIn(1995));
    expect(seatIn(1995)).toEqual(['place:berlin', 'place:thessaloniki']);
    expect(org.countryNow).toEqual({ id: countryOf('place:thessaloniki'), code: 'GR' });
    expect(org.country).toEqual({ id: 'country:GR' });
  });

  it('follows the seat history in the seat filters: Cedefop is among the German organisations of 1990, not of today', async () => {
    const response = await fixture.api.query(`{
      then: organisations(where: { countryCode: "DE", asOf: 1990, ids: ["org:cedefop"] }) { totalCount }
      today: organisations(where: { countryCode: "DE", ids: ["org:cedefop"] }) { totalCount }
      greekThen: organisations(where: { countryCodes: ["GR"], asOf: 1990, ids: ["org:cedefop"] }) { totalCount }
      germany: country(id: "country:DE") { then: organisations(asOf: 1990, where: { ids: ["org:cedefop"] }) { totalCount } now: organisations(where: { ids: ["org:cedefop"] }) { totalCount } }
    }`);
    expect(response.errors).toBeUndefined();
    expect(response.data).toEqual({
      then: { totalCount: 1 },
      today: { totalCount: 0 },
      greekThen: { totalCount: 0 },
      germany: { then: { totalCount: 1 }, now: { totalCount: 0 } },
    });
    const berlin = await fixture.api.query(`{ place(id: "place:berlin") {
      y1990: organisations(asOf: 1990, where: { ids: ["org:cedefop"] }) { totalCount } y2000: organisations(asOf: 2000, where: { ids: ["org:cedefop"] }) { totalCount }
    } }`);
    expect(berlin.data!.place).toEqual({ y1990: { totalCount: 1 }, y2000: { totalCount: 0 } });
  });

  it("answers a country's memberships as of a year from the country's side too, as the data files say", async () => {
    const dated = facts.relations.filter((r) => r.type === 'MEMBER_OF' && isDated(r) && kindOf(r.from) === 'Country');
    expect(dated.length).toBeGreaterThan(0);
    for (const membership of dated) {
      const years = boundaryYears([membership]);
      const aliases = years.map(
        (y) =>
          `m${y}: memberOf(asOf: ${y}, first: 100) { nodes { id } } w${y}: workingGroups(asOf: ${y}, first: 100) { nodes { id } }`,
      );
      const response = await fixture.api.query(`query($id: ID!) { country(id: $id) { ${aliases.join('\n')} } }`, {
        id: membership.from,
      });
      expect(response.errors).toBeUndefined();
      for (const y of years) {
        const groups = sorted(
          facts.relations
            .filter((r) => r.type === 'MEMBER_OF' && r.from === membership.from && heldIn(r, y))
            .map((r) => r.to),
        );
        const found = sorted([...ids(response.data!.country[`m${y}`]), ...ids(response.data!.country[`w${y}`])]);
        expect({ country: membership.from, y, groups: found }).toEqual({ country: membership.from, y, groups });
      }
    }
  });

  it("reads hosts' seats in a year in the event filters: Cedefop's events count as hosted in Germany as of 1990", async () => {
    const hosted = facts.relations.filter(
      (r) => r.type === 'HOSTED_BY' && r.to === 'org:cedefop' && kindOf(r.from) === 'Event',
    );
    expect(hosted.length).toBeGreaterThan(0);
    const response = await fixture.api.query(`{
      then: events(where: { hostedBy: "org:cedefop", hostCountryCodes: ["DE"], asOf: 1990 }) { totalCount }
      today: events(where: { hostedBy: "org:cedefop", hostCountryCodes: ["DE"] }) { totalCount }
    }`);
    expect(response.errors).toBeUndefined();
    expect(response.data).toEqual({
      then: { totalCount: new Set(hosted.map((r) => r.from)).size },
      today: { totalCount: 0 },
    });
  });

  it('honours since and until at their precision: a seat since "2013-05" counts in 2013, a coordination until 2011 counts in 2011', async () => {
    const formaform = facts.relations.filter(
      (r) => r.type === 'LOCATED_IN' && r.from === 'org:formaform' && kindOf(r.to) === 'Place',
    );
    const coordination = facts.relations.filter((r) => r.type === 'COORDINATED_BY' && r.from === 'wg:ttnet');
    expect(formaform.map((r) => r.props.since)).toContain('2013-05');
    expect(coordination.map((r) => r.props.until)).toContain(2011);
    const response = await fixture.api.query(`{
      organisation(id: "org:formaform") { y2012: places(asOf: 2012) { nodes { id } } y2013: places(asOf: 2013) { nodes { id } } }
      workingGroup(id: "wg:ttnet") { y2011: coordinatedBy(asOf: 2011) { nodes { id } } y2012: coordinatedBy(asOf: 2012) { nodes { id } } }
    }`);
    expect(response.errors).toBeUndefined();
    const placesIn = (y: number) => sorted(formaform.filter((r) => heldIn(r, y)).map((r) => r.to));
    const coordinatorsIn = (y: number) => sorted(coordination.filter((r) => heldIn(r, y)).map((r) => r.to));
    expect(ids(response.data!.organisation.y2012)).toEqual(placesIn(2012));
    expect(ids(response.data!.organisation.y2013)).toEqual(placesIn(2013));
    expect(placesIn(2013)).toContain('place:louvain-la-neuve');
    expect(placesIn(2012)).not.toContain('place:louvain-la-neuve');
    expect(ids(response.data!.workingGroup.y2011)).toEqual(coordinatorsIn(2011));
    expect(ids(response.data!.workingGroup.y2012)).toEqual(coordinatorsIn(2012));
    expect(coordinatorsIn(2011)).toEqual(['org:cedefop']);
  });

  it('filters lists by membership in a year (memberOf with asOf), also inside OR, as the data files say', async () => {
    const response = await fixture.api.query(`{
      c2003: countries(where: { memberOf: "org:refernet", asOf: 2003 }) { nodes { id } }
      c2010: countries(where: { memberOf: "org:refernet", asOf: 2010 }) { nodes { id } }
      o2017: organisations(where: { memberOf: "org:refernet", asOf: 2017 }, first: 100) { nodes { id } }
      either2012: organisations(where: { asOf: 2012, OR: [{ memberOf: "org:refernet" }, { memberOf: "org:ttnet" }] }, first: 100) { nodes { id } }
    }`);
    expect(response.errors).toBeUndefined();
    expect(ids(response.data!.c2003)).toEqual(membersIn('org:refernet', 'Country', 2003));
    expect(ids(response.data!.c2010)).toEqual(membersIn('org:refernet', 'Country', 2010));
    expect(ids(response.data!.o2017)).toEqual(membersIn('org:refernet', 'Organisation', 2017));
    const either = sorted(
      new Set([...membersIn('org:refernet', 'Organisation', 2012), ...membersIn('org:ttnet', 'Organisation', 2012)]),
    );
    expect(ids(response.data!.either2012)).toEqual(either);
    expect(either).not.toContain('org:ibe');
  });

  it("the IDE's 'As of a year' tab answers as the data files say", async () => {
    const tab = EXAMPLE_QUERIES.find((example) => example.title === 'As of a year')!;
    const response = await fixture.api.query(tab.query);
    expect(response.errors).toBeUndefined();
    const { cedefop, referNet, germanOrganisationsIn1990 } = response.data!;
    expect(cedefop.seatIn1990.nodes).toEqual([{ name: facts.entities.get('place:berlin')!.name }]);
    expect(cedefop.countryIn1990.name).toBe(facts.entities.get('country:DE')!.name);
    expect(cedefop.countryNow.name).toBe(facts.entities.get('country:GR')!.name);
    expect(referNet.membersIn2010.totalCount).toBe(membersIn('org:refernet', 'Organisation', 2010).length);
    expect(referNet.membersIn2017.totalCount).toBe(membersIn('org:refernet', 'Organisation', 2017).length);
    expect(germanOrganisationsIn1990.nodes.map((o: any) => o.name)).toContain(facts.entities.get('org:cedefop')!.name);
  });

  it('refuses a year outside the accepted range, naming the argument, and asOf on a field without since/until is not offered', async () => {
    const response = await fixture.api.query(
      '{ organisation(id: "org:refernet") { members(asOf: 1700) { totalCount } } }',
    );
    expect(response.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(JSON.stringify(response.errors?.[0].extensions)).toContain('asOf');
    const filter = await fixture.api.query(
      '{ countries(where: { memberOf: "org:refernet", asOf: 3000 }) { totalCount } }',
    );
    expect(filter.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    const notOffered = await fixture.api.query(
      '{ event(id: "event:pla-trainers-2013-louvain-la-neuve") { heldIn(asOf: 2013) { totalCount } } }',
    );
    expect(notOffered.status).toBe(400);
  });
});
