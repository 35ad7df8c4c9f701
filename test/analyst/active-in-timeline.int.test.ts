import { EXAMPLE_QUERIES } from '../../src/server/example-queries';
import { useTestApi } from '../support/test-api';
import { loadBundledData } from '../support/test-graph';
import { heldIn, isDated, readBundledFacts, yearOfValue } from '../support/bundled-facts';

/*
 * Issue 16, item 1: `activeIn` on entity lists and `Country.timeline`. Expectations come from the bundled data files
 * (read here), or, where a rule needs the importer's place hierarchy, from an existing field of the API.
 */
const facts = readBundledFacts();
const sorted = (ids: Iterable<string>) => [...ids].sort();
const ofType = (type: string) => [...facts.entities].filter(([, e]) => e.type === type);
const year = (value: unknown) => (typeof value === 'string' ? Number(value.slice(0, 4)) : null);

async function allIds(fixture: ReturnType<typeof useTestApi>, field: string, where: string): Promise<string[]> {
  const response = await fixture.api.query(`{ ${field}(where: ${where}, first: 100) { totalCount nodes { id } } }`);
  expect(response.errors).toBeUndefined();
  expect(response.data![field].totalCount).toBeLessThanOrEqual(100);
  return sorted(response.data![field].nodes.map((n: any) => n.id));
}

describe('activeIn and Country.timeline (issue 16, item 1)', () => {
  const fixture = useTestApi(loadBundledData);

  it('lists the events of a year (its year, or a span that includes it), as the data files say', async () => {
    for (const y of [2013, 2019]) {
      const expected = ofType('Event').filter(([, e]) => {
        const start = year(e.props.startDate ?? e.props.startDateTime);
        const end = year(e.props.endDate ?? e.props.endDateTime) ?? start;
        return e.props.year === y || (start !== null && start <= y && end !== null && end >= y);
      });
      expect(expected.length).toBeGreaterThan(0);
      expect(await allIds(fixture, 'events', `{ activeIn: ${y} }`)).toEqual(sorted(expected.map(([id]) => id)));
    }
  });

  it('lists the working groups whose span includes the year and the policy documents adopted by then, as the data files say', async () => {
    const groups = ofType('WorkingGroup').filter(([, g]) => {
      const [start, end] = [g.props.startYear as number | undefined, g.props.endYear as number | undefined];
      return (
        (start !== undefined || end !== undefined) &&
        (start === undefined || start <= 2017) &&
        (end === undefined || end >= 2017)
      );
    });
    expect(groups.map(([id]) => id)).toContain('wg:et2020-wg-vet-2016-2018');
    expect(await allIds(fixture, 'workingGroups', '{ activeIn: 2017 }')).toEqual(sorted(groups.map(([id]) => id)));
    const documents = ofType('PolicyDocument').filter(
      ([, d]) => typeof d.props.year === 'number' && (d.props.year as number) <= 2005,
    );
    expect(documents.map(([id]) => id)).toContain('policy:copenhagen-declaration-2002');
    expect(await allIds(fixture, 'policyDocuments', '{ activeIn: 2005 }')).toEqual(sorted(documents.map(([id]) => id)));
  });

  it("tells Poland's memberships starting and ending and its standards per year, as the data files say", async () => {
    const [from, to] = [2010, 2024];
    const polish = (id: string) => id === 'country:PL' || facts.entities.get(id)?.props.countryCode === 'PL';
    const memberships = facts.relations.filter((r) => r.type === 'MEMBER_OF' && isDated(r) && polish(r.from));
    const response = await fixture.api.query(
      `query($from: Int!, $to: Int!) { country(id: "country:PL") { timeline(from: $from, to: $to) {
      year competenceStandards { id }
      membershipsStarted { member { id } group { id } relationship { since until role } }
      membershipsEnded { member { id } group { id } }
    } } }`,
      { from, to },
    );
    expect(response.errors).toBeUndefined();
    const timeline = response.data!.country.timeline as any[];
    expect(timeline.map((y) => y.year)).toEqual(
      sorted(new Set(timeline.map((y) => y.year)))
        .map(Number)
        .sort((a, b) => a - b),
    );
    const pairs = (key: 'membershipsStarted' | 'membershipsEnded') =>
      sorted(timeline.flatMap((y) => y[key].map((m: any) => `${y.year} ${m.member.id} ${m.group.id}`)));
    const expectedPairs = (prop: 'since' | 'until') =>
      sorted(
        memberships
          .filter((r) => {
            const at = yearOfValue(r.props[prop]);
            return at !== null && at >= from && at <= to;
          })
          .map((r) => `${yearOfValue(r.props[prop])} ${r.from} ${r.to}`),
      );
    expect(pairs('membershipsStarted')).toEqual(expectedPairs('since'));
    expect(pairs('membershipsEnded')).toEqual(expectedPairs('until'));
    expect(pairs('membershipsStarted')).toContain('2016 org:ibe org:refernet');
    expect(pairs('membershipsEnded')).toContain('2019 org:ibe org:refernet');
    const standards = facts.relations
      .filter((r) => r.type === 'APPLIES_IN' && r.to === 'country:PL')
      .map((r) => r.from)
      .filter((id) => {
        const y = facts.entities.get(id)?.props.year as number | undefined;
        return y !== undefined && y >= from && y <= to;
      });
    expect(sorted(timeline.flatMap((y) => y.competenceStandards.map((s: any) => s.id)))).toEqual(sorted(standards));
    expect(
      heldIn(
        memberships.find((r) => r.from === 'org:ibe')!,
        2017,
      ),
    ).toBe(true);
  });

  it("lists Belgium's events per year as Country.events does, and its policy documents as their adopters' countries say", async () => {
    const [from, to] = [2000, 2024];
    const response = await fixture.api.query(
      `query($from: Int!, $to: Int!) {
      country(id: "country:BE") {
        timeline(from: $from, to: $to) { year events { id year } policyDocuments { id year } }
        events(where: { yearFrom: $from, yearTo: $to }, first: 100) { totalCount nodes { id year } }
      }
      policyDocuments(where: { yearFrom: $from, yearTo: $to }, first: 100) { nodes { id year adoptedBy(first: 20) { nodes { country { id } } } } }
    }`,
      { from, to },
    );
    expect(response.errors).toBeUndefined();
    const { timeline, events } = response.data!.country;
    expect(events.totalCount).toBeGreaterThan(0);
    const listed = (key: string) =>
      sorted(timeline.flatMap((y: any) => y[key].map((item: any) => `${y.year} ${item.id}`)));
    expect(listed('events')).toEqual(sorted(events.nodes.map((e: any) => `${e.year} ${e.id}`)));
    const belgian = response.data!.policyDocuments.nodes.filter((d: any) =>
      d.adoptedBy.nodes.some((o: any) => o.country?.id === 'country:BE'),
    );
    expect(belgian.length).toBeGreaterThan(0);
    expect(listed('policyDocuments')).toEqual(sorted(belgian.map((d: any) => `${d.year} ${d.id}`)));
    expect(timeline.every((y: any) => y.year >= from && y.year <= to)).toBe(true);
  });

  it("the IDE's timeline tab answers, with IBE joining ReferNet in 2016 as the data files say", async () => {
    const response = await fixture.api.query(
      EXAMPLE_QUERIES.find((example) => example.title === "A country's timeline")!.query,
    );
    expect(response.errors).toBeUndefined();
    const joined = facts.relations.find(
      (r) => r.type === 'MEMBER_OF' && r.from === 'org:ibe' && r.to === 'org:refernet',
    )!;
    const year2016 = response.data!.country.timeline.find((y: any) => y.year === yearOfValue(joined.props.since));
    expect(year2016.membershipsStarted).toContainEqual({
      member: { name: facts.entities.get('org:ibe')!.name },
      group: { name: facts.entities.get('org:refernet')!.name },
      relationship: { role: joined.props.role, since: String(joined.props.since) },
    });
  });

  it('prices a timeline per year it spans: every country over three centuries with nested pages is refused by the cost limit', async () => {
    const response = await fixture.api.query(
      '{ countries(first: 100) { nodes { timeline(from: 1800, to: 2100) { year events { heldIn(first: 100) { nodes { name } } } } } } }',
    );
    expect(response.status).toBe(400);
    expect(response.errors?.[0].extensions).toMatchObject({ code: 'GRAPHQL_VALIDATION_FAILED' });
  });

  it('refuses a range whose end is before its start, naming the argument', async () => {
    const response = await fixture.api.query(
      '{ country(id: "country:BE") { timeline(from: 2020, to: 2010) { year } } }',
    );
    expect(response.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(JSON.stringify(response.errors?.[0].extensions)).toContain('to');
  });
});
