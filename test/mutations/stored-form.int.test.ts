import { loadFieldCaseFixture } from '../support/fixtures';
import { useTestApi } from '../support/test-api';
import { authHeader } from '../support/tokens';

const TYPES = `MATCH (n:Entity {id: $id})
  RETURN valueType(n.startDate) AS startDate, valueType(n.year) AS year, valueType(n.createdAt) AS createdAt,
         n.searchKey AS searchKey, n.updatedBy AS updatedBy, n.year AS yearValue`;

describe('mutations store values as the importer does', () => {
  const fixture = useTestApi(loadFieldCaseFixture);

  it('an event created through the API has Neo4j Date, Integer and DateTime values, a folded searchKey and its derived year', async () => {
    const created = await fixture.api.query(
      'mutation { createEvent(input: { id: "event:test-forum-2014", name: "Forum Économique Test", startDate: "2014-06-02" }) { id year } }',
      {},
      await authHeader('editor', 'bob'),
    );
    expect(created.errors).toBeUndefined();
    expect(created.data!.createEvent).toEqual({ id: 'event:test-forum-2014', year: 2014 });
    const [row] = await fixture.graph.cypher(TYPES, { id: 'event:test-forum-2014' });
    expect(row).toEqual({
      startDate: 'DATE NOT NULL',
      year: 'INTEGER NOT NULL',
      createdAt: 'ZONED DATETIME NOT NULL',
      searchKey: 'forum economique test',
      updatedBy: 'bob',
      yearValue: 2014,
    });
  });

  it('an event’s start and end instants are stored as Neo4j DateTime with their own offsets and read back with those offsets (Z as +00:00)', async () => {
    const created = await fixture.api.query(
      `mutation { createEvent(input: { id: "event:test-webinar-2021", name: "Webinar across time zones", startDate: "2021-03-02",
        startDateTime: "2021-03-02T09:00:00+01:00", endDateTime: "2021-03-02T08:30:00Z" }) { startDateTime endDateTime } }`,
      {},
      await authHeader('editor'),
    );
    expect(created.errors).toBeUndefined();
    // 08:30Z is 09:30+01:00: after the start, although the text sorts before it.
    expect(created.data!.createEvent).toEqual({
      startDateTime: '2021-03-02T09:00:00+01:00',
      endDateTime: '2021-03-02T08:30:00+00:00',
    });
    const [row] = await fixture.graph.cypher(
      "MATCH (e:Event {id: 'event:test-webinar-2021'}) RETURN valueType(e.startDateTime) AS type, e.startDateTime.offsetSeconds AS offset, duration.inSeconds(e.startDateTime, e.endDateTime).seconds AS seconds",
    );
    expect(row).toEqual({ type: 'ZONED DATETIME NOT NULL', offset: 3600, seconds: 1800 });
  });

  it('an event entered with instants only gets its local start and end dates and its year from them, and year filters find it', async () => {
    const editor = await authHeader('editor');
    const created = await fixture.api.query(
      `mutation { createEvent(input: { id: "event:test-late-webinar", name: "Late webinar",
        startDateTime: "2019-12-31T23:30:00-05:00", endDateTime: "2020-01-01T01:00:00-05:00" }) { startDate endDate year } }`,
      {},
      editor,
    );
    expect(created.errors).toBeUndefined();
    // 23:30 at UTC−5 is already 2020 in UTC; the venue's day and year are what analysts count.
    expect(created.data!.createEvent).toEqual({ startDate: '2019-12-31', endDate: '2020-01-01', year: 2019 });
    const [row] = await fixture.graph.cypher(TYPES, { id: 'event:test-late-webinar' });
    expect(row).toMatchObject({ startDate: 'DATE NOT NULL', year: 'INTEGER NOT NULL', yearValue: 2019 });
    const found = await fixture.api.query(
      '{ events(where: { yearFrom: 2019, yearTo: 2019 }, first: 100) { edges { node { id } } } }',
    );
    expect(found.data!.events.edges.map((edge: { node: { id: string } }) => edge.node.id)).toContain(
      'event:test-late-webinar',
    );

    const moved = await fixture.api.query(
      'mutation { updateEvent(id: "event:test-late-webinar", input: { startDateTime: "2020-01-01T00:15:00-05:00" }) { startDate endDate year } }',
      {},
      editor,
    );
    expect(moved.errors).toBeUndefined();
    expect(moved.data!.updateEvent).toEqual({ startDate: '2020-01-01', endDate: '2020-01-01', year: 2020 });
  });

  it('an update moves the derived year with the start date, removes fields sent as null, refolds the searchKey and keeps createdAt', async () => {
    const [before] = await fixture.graph.cypher(
      'MATCH (n {id: "event:test-pla-2013"}) RETURN n.createdAt AS createdAt',
    );
    const updated = await fixture.api.query(
      `mutation { updateEvent(id: "event:test-pla-2013", input: { name: "PLA Liège Test", startDate: "2014-05-28", endDate: null, kind: null }) {
        name startDate endDate year kind createdAt updatedAt updatedBy } }`,
      {},
      await authHeader('editor', 'carol'),
    );
    expect(updated.errors).toBeUndefined();
    const event = updated.data!.updateEvent;
    expect(event).toMatchObject({
      name: 'PLA Liège Test',
      startDate: '2014-05-28',
      endDate: null,
      year: 2014,
      kind: null,
      updatedBy: 'carol',
    });
    expect(event.createdAt).toBe(before.createdAt);
    expect(event.updatedAt > event.createdAt).toBe(true);
    const [row] = await fixture.graph.cypher(
      'MATCH (n {id: "event:test-pla-2013"}) RETURN n.searchKey AS key, n.endDate IS NULL AS noEnd, keys(n) AS keys',
    );
    expect(row.key).toBe('pla liege test');
    expect(row.keys).not.toContain('endDate');
  });

  it('whole numbers beyond ±2^53 in attributes are stored as the floats they arrived as, not clamped to 2^63 − 1 (found by the fuzz)', async () => {
    const created = await fixture.api.query(
      'mutation($input: CreateOrganisationInput!) { createOrganisation(input: $input) { id attributes } }',
      {
        input: { name: 'Huge Numbers Test', attributes: { budget: 1e300, debt: -1e300, big: [2 ** 53, 1], count: 42 } },
      },
      await authHeader('editor'),
    );
    expect(created.errors).toBeUndefined();
    expect(created.data!.createOrganisation.attributes).toEqual({
      budget: 1e300,
      debt: -1e300,
      big: [2 ** 53, 1],
      count: 42,
    });
    const [row] = await fixture.graph.cypher(
      'MATCH (n {id: "org:huge-numbers-test"}) RETURN valueType(n.budget) AS budget, valueType(n.count) AS count',
    );
    expect(row).toEqual({ budget: 'FLOAT NOT NULL', count: 'INTEGER NOT NULL' });
  });

  it('upsert creates when the id is new and updates only the given fields when it exists', async () => {
    const upsert =
      'mutation($input: CreateOrganisationInput!) { upsertOrganisation(input: $input) { id name acronym kind founded } }';
    const editor = await authHeader('editor');
    const first = await fixture.api.query(
      upsert,
      { input: { name: 'Upsert Test Institute', kind: 'RESEARCH_INSTITUTE', founded: 2001 } },
      editor,
    );
    expect(first.data!.upsertOrganisation).toEqual({
      id: 'org:upsert-test-institute',
      name: 'Upsert Test Institute',
      acronym: null,
      kind: 'RESEARCH_INSTITUTE',
      founded: 2001,
    });
    const second = await fixture.api.query(
      upsert,
      { input: { id: 'org:upsert-test-institute', name: 'Upsert Test Institute', acronym: 'UTI' } },
      editor,
    );
    expect(second.data!.upsertOrganisation).toEqual({
      id: 'org:upsert-test-institute',
      name: 'Upsert Test Institute',
      acronym: 'UTI',
      kind: 'RESEARCH_INSTITUTE',
      founded: 2001,
    });
    const [row] = await fixture.graph.cypher(
      'MATCH (n:Organisation {id: "org:upsert-test-institute"}) RETURN count(*) AS n, n.searchKey AS key',
    );
    expect(row).toEqual({ n: 1, key: 'upsert test institute | uti' });
  });

  it('create with an existing id is a CONFLICT naming the id; upsert updates it; update of an unknown id is NOT_FOUND', async () => {
    const editor = await authHeader('editor');
    const taken = await fixture.api.query(
      'mutation { createOrganisation(input: { id: "org:test-le-centre", name: "Another" }) { id } }',
      {},
      editor,
    );
    expect(taken.errors![0].extensions).toMatchObject({
      code: 'CONFLICT',
      id: 'org:test-le-centre',
      existingType: 'Organisation',
    });
    const generated = await fixture.api.query(
      'mutation { createOrganisation(input: { name: "Upsert Test Institute" }) { id } }',
      {},
      editor,
    );
    expect(generated.errors![0].extensions).toMatchObject({ code: 'CONFLICT', id: 'org:upsert-test-institute' });
    const missing = await fixture.api.query(
      'mutation { updateOrganisation(id: "org:nobody", input: { acronym: "X" }) { id } }',
      {},
      editor,
    );
    expect(missing.errors![0].extensions).toEqual({ code: 'NOT_FOUND', id: 'org:nobody' });
    const wrongType = await fixture.api.query(
      'mutation { updateOrganisation(id: "event:test-pla-2013", input: { acronym: "X" }) { id } }',
      {},
      editor,
    );
    expect(wrongType.errors![0].extensions!.code).toBe('NOT_FOUND');
    const upsertTaken = await fixture.api.query(
      'mutation { upsertCountry(input: { code: "be", name: "Belgique" }) { id name } }',
      {},
      editor,
    );
    expect(upsertTaken.data!.upsertCountry).toEqual({ id: 'country:BE', name: 'Belgique' });
  });
});
