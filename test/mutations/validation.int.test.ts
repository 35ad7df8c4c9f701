import { loadFieldCaseFixture } from '../support/fixtures';
import { graphSnapshot } from '../support/graph-snapshot';
import { useTestApi } from '../support/test-api';
import { authHeader } from '../support/tokens';

const CREATE_EVENT = 'mutation($input: CreateEventInput!) { createEvent(input: $input) { id } }';
const UPDATE_EVENT = 'mutation($id: ID!, $input: UpdateEventInput!) { updateEvent(id: $id, input: $input) { id } }';

const sortByField = <T extends { field: string }>(problems: T[]) =>
  [...problems].sort((a, b) => a.field.localeCompare(b.field));

describe('invalid input: one BAD_USER_INPUT error listing each field and why, and nothing written', () => {
  const fixture = useTestApi(loadFieldCaseFixture);

  async function refused(query: string, variables: Record<string, unknown>) {
    const before = await graphSnapshot(fixture.graph);
    const response = await fixture.api.query(query, variables, await authHeader('editor'));
    expect(response.errors).toHaveLength(1);
    expect(response.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
    expect(await graphSnapshot(fixture.graph)).toEqual(before);
    return response.errors![0];
  }

  it('lists every failing field of a create: id, blank name, dates out of order, year not matching, URL, source, attributes', async () => {
    const error = await refused(CREATE_EVENT, {
      input: {
        id: 'org:wrong-prefix',
        name: '   ',
        startDate: '2013-05-30',
        endDate: '2013-05-28',
        year: 2012,
        url: 'ftp://example.org/x',
        sources: ['not a url'],
        attributes: { theme: { nested: true } },
      },
    });
    expect(sortByField(error.extensions!.fields)).toEqual(
      sortByField([
        { field: 'input.sources', reason: 'sources must list http(s) URLs or seed:<file> names' },
        { field: 'input.endDate', reason: 'endDate must not be before startDate' },
        { field: 'input.year', reason: 'year must be the year of startDate' },
        { field: 'input.url', reason: 'url must be an http(s) URL' },
        { field: 'input.attributes', reason: 'attributes theme must be a string, number, boolean or a list of them' },
        { field: 'input.id', reason: 'id must start with "event:" for Event ids (got …)' },
        { field: 'input.name', reason: 'name must not be blank' },
      ]),
    );
    // The message reads as phrases: the field's path, then the reason, not "input.endDate: endDate must …".
    expect(error.message).toContain('input.endDate must not be before startDate; ');
    expect(error.message).toContain('input.attributes theme must be a string');
  });

  it('refuses unknown country codes, years out of range and over-long names on an organisation', async () => {
    const error = await refused(
      'mutation($input: CreateOrganisationInput!) { createOrganisation(input: $input) { id } }',
      {
        input: { name: 'x'.repeat(501), countryCode: 'XX', founded: 1500, altNames: ['ok', 'y'.repeat(501)] },
      },
    );
    expect(error.extensions!.fields.map((p: { field: string }) => p.field).sort()).toEqual([
      'input.altNames',
      'input.countryCode',
      'input.founded',
      'input.name',
    ]);
  });

  it('refuses a date that does not exist (the Date scalar) naming the variable and the value', async () => {
    const error = await refused(CREATE_EVENT, { input: { name: 'Leap day test', startDate: '2013-02-29' } });
    expect(error.message).toContain('startDate');
    expect(error.message).toContain('2013-02-29');
  });

  it('refuses a date in a year outside 1800..2100, whose derived year would fail every later update (found by the fuzz)', async () => {
    const error = await refused(CREATE_EVENT, { input: { name: 'Far future event', startDate: '2101-01-01' } });
    expect(error.extensions!.fields).toEqual([
      { field: 'input.startDate', reason: 'startDate must be in the years 1800..2100' },
    ]);
    const policy = await refused(
      'mutation($input: CreatePolicyDocumentInput!) { createPolicyDocument(input: $input) { id } }',
      { input: { title: 'Year one', date: '0001-01-01' } },
    );
    expect(policy.extensions!.fields).toEqual([
      { field: 'input.date', reason: 'date must be in the years 1800..2100' },
    ]);
  });

  it('refuses text that is not well-formed Unicode (an unpaired surrogate), which Neo4j would store changed (found by the fuzz)', async () => {
    const error = await refused(UPDATE_EVENT, {
      id: 'event:test-pla-2013',
      input: { summary: 'a\uD800b', attributes: { tags: ['ok', '\uDFFF'] } },
    });
    expect(error.extensions!.fields).toEqual([
      { field: 'input.summary', reason: 'summary must be well-formed Unicode text (it holds an unpaired surrogate)' },
      {
        field: 'input.attributes.tags[1]',
        reason: 'tags[1] must be well-formed Unicode text (it holds an unpaired surrogate)',
      },
    ]);
  });

  it('refuses names that show nothing or hold control characters, and control characters in any text (found by the fresh-user trial)', async () => {
    const CREATE_ORGANISATION =
      'mutation($input: CreateOrganisationInput!) { createOrganisation(input: $input) { id } }';
    const reasons = async (input: Record<string, unknown>) =>
      (await refused(CREATE_ORGANISATION, { input })).extensions!.fields;
    expect(await reasons({ name: '' })).toEqual([{ field: 'input.name', reason: 'name must not be blank' }]);
    expect(await reasons({ name: '\u200b\u200b \u2060' })).toEqual([
      { field: 'input.name', reason: 'name must not be blank' },
    ]);
    const oneLine = 'name must be one line of text (no line breaks, tabs or other control characters)';
    expect(await reasons({ name: '\u0000\u0000' })).toEqual([{ field: 'input.name', reason: oneLine }]);
    expect(await reasons({ name: 'Bell\u0007 and\nnewline' })).toEqual([{ field: 'input.name', reason: oneLine }]);
    expect(await reasons({ name: 'Fine name', altNames: ['ok', '\u200b'] })).toEqual([
      { field: 'input.altNames', reason: 'each of altNames must not be blank' },
    ]);
    expect(
      await reasons({
        name: 'Fine name',
        summary: 'Two lines\nare fine but not \u001b[31m escapes',
        attributes: { note: 'nul\u0000' },
      }),
    ).toEqual([
      {
        field: 'input.summary',
        reason:
          'summary must not contain control characters (U+0000–U+001F other than tab and line breaks, U+007F–U+009F)',
      },
      {
        field: 'input.attributes.note',
        reason:
          'note must not contain control characters (U+0000–U+001F other than tab and line breaks, U+007F–U+009F)',
      },
    ]);
  });

  it('refuses a non-existent date written inline in the document, with its location and the expected type', async () => {
    const before = await graphSnapshot(fixture.graph);
    const response = await fixture.api.query(
      'mutation { createEvent(input: { name: "Inline leap day", startDate: "2013-02-30" }) { id } }',
      {},
      await authHeader('editor'),
    );
    expect(response.errors![0].message).toContain('Expected value of type "Date');
    expect(response.errors![0].message).toContain('"2013-02-30"');
    expect(response.errors![0].message).toContain('existing day');
    expect((response.errors![0] as { locations?: unknown }).locations).toEqual([expect.objectContaining({ line: 1 })]);
    // The value is shown once, in the message; the reason repeats what is wrong without it (issue 12, item 4).
    expect(response.errors![0].extensions!.fields).toEqual([
      { field: 'input.startDate', reason: response.errors![0].message.replace('found "2013-02-30"', 'found …') },
    ]);
    expect(await graphSnapshot(fixture.graph)).toEqual(before);
  });

  it('a null variable for a non-null argument with a default is BAD_USER_INPUT naming it, not an internal error (found by the README check)', async () => {
    const search = await fixture.api.query('query($n: Int) { search(query: "forem", first: $n) { score } }', {
      n: null,
    });
    expect(search.errors!.map((error) => error.extensions)).toEqual([
      {
        code: 'BAD_USER_INPUT',
        fields: [{ field: 'first', reason: 'Argument "first" of non-null type "Int!" must not be null.' }],
      },
    ]);
    const before = await graphSnapshot(fixture.graph);
    const ingest = await fixture.api.query(
      'mutation($d: Boolean) { ingestDocument(text: "x", sourceUrl: "https://example.org", dryRun: $d) { dryRun } }',
      { d: null },
      await authHeader('admin'),
    );
    expect(ingest.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'dryRun' }] });
    expect(await graphSnapshot(fixture.graph)).toEqual(before);
  });

  it('GraphQL’s own refusals of input values name the field too: literals by argument path, variables by variable path', async () => {
    const editor = await authHeader('editor');
    const literal = await fixture.api.query(
      'mutation { createEvent(input: { name: "x", kind: NOT_A_KIND, sources: ["https://example.org", 5], colour: "red" }) { id } }',
      {},
      editor,
    );
    expect(
      literal.errors!.map((error) => [
        error.extensions!.code,
        (error.extensions!.fields as Array<{ field: string }>)[0].field,
      ]),
    ).toEqual([
      ['GRAPHQL_VALIDATION_FAILED', 'input.kind'],
      ['GRAPHQL_VALIDATION_FAILED', 'input.sources[1]'],
      ['GRAPHQL_VALIDATION_FAILED', 'input.colour'],
    ]);
    const variable = await fixture.api.query(
      CREATE_EVENT,
      { input: { name: 'x', startDateTime: '2013-05-28T09:00:00' } },
      editor,
    );
    expect(variable.errors![0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [
        { field: '$input.startDateTime', reason: expect.stringContaining('DateTime must be an existing instant') },
      ],
    });
    const missing = await fixture.api.query(CREATE_EVENT, {}, editor);
    expect(missing.errors![0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: '$input', reason: expect.stringContaining('was not provided') }],
    });
  });

  it('refuses instants that do not exist: 30 February, 24:00, an offset beyond ±18:00 (found by the fuzz)', async () => {
    for (const startDateTime of ['2013-02-30T09:00:00Z', '2013-05-28T24:00:00Z', '2013-05-28T09:00:00+18:30']) {
      const response = await fixture.api.query(
        CREATE_EVENT,
        { input: { name: 'Impossible webinar', startDateTime } },
        await authHeader('editor'),
      );
      expect(response.errors?.map((error) => error.extensions?.code)).toEqual(['BAD_USER_INPUT']);
      expect(response.errors![0].message).toContain('DateTime must be an existing instant');
    }
  });

  it('compares start and end instants as points in time, whatever their offsets', async () => {
    const error = await refused(CREATE_EVENT, {
      input: {
        name: 'Backwards webinar',
        startDateTime: '2021-03-02T09:00:00+01:00',
        endDateTime: '2021-03-02T07:30:00Z',
      },
    });
    expect(error.extensions!.fields).toEqual([
      { field: 'input.endDateTime', reason: 'endDateTime must not be before startDateTime' },
    ]);
  });

  it('refuses a start date or year that contradicts the start instant, and instants outside the years it takes', async () => {
    const contradicting = await refused(CREATE_EVENT, {
      input: {
        name: 'Contradicting webinar',
        startDate: '2021-03-03',
        startDateTime: '2021-03-02T23:30:00-05:00',
        year: 2022,
      },
    });
    expect(sortByField(contradicting.extensions!.fields)).toEqual([
      {
        field: 'input.startDate',
        reason: 'startDate must be the local date of startDateTime (its date as written, in its own UTC offset)',
      },
      { field: 'input.year', reason: 'year must be the year of startDate and startDateTime' },
    ]);
    // In order as instants (16:00Z, then 01:00Z the next day), but the local days run backwards: 3 March, then 2 March.
    const backwardsDays = await refused(CREATE_EVENT, {
      input: {
        name: 'Across the date line',
        startDateTime: '2021-03-03T01:00:00+09:00',
        endDateTime: '2021-03-02T20:00:00-05:00',
      },
    });
    expect(backwardsDays.extensions!.fields).toEqual([
      {
        field: 'input.endDateTime',
        reason:
          "the end's local day (2021-03-02) is before the start's (2021-03-03); send startDate and endDate to say which days it took place",
      },
    ]);
    const ancient = await refused(CREATE_EVENT, {
      input: { name: 'Ancient webinar', startDateTime: '1700-03-02T09:00:00Z' },
    });
    expect(ancient.extensions!.fields).toEqual([
      { field: 'input.startDateTime', reason: 'startDateTime must be in the years 1800..2100' },
    ]);
  });

  it('checks an update merged with the stored values: an end date before the stored start date names endDate', async () => {
    const error = await refused(UPDATE_EVENT, { id: 'event:test-pla-2013', input: { endDate: '2013-05-01' } });
    expect(error.extensions!.fields).toEqual([
      { field: 'input.endDate', reason: 'endDate must not be before startDate' },
    ]);
  });

  it('refuses removing the name of an existing entity', async () => {
    const error = await refused(UPDATE_EVENT, { id: 'event:test-pla-2013', input: { name: null } });
    expect(error.extensions!.fields).toEqual([
      { field: 'input.name', reason: 'name is required: it can be changed but not removed' },
    ]);
  });

  it('refuses attributes that would bypass a typed field', async () => {
    const error = await refused(UPDATE_EVENT, { id: 'event:test-pla-2013', input: { attributes: { kind: 'PARTY' } } });
    expect(error.extensions!.fields).toEqual([
      { field: 'input.attributes', reason: 'attributes key "kind" has a field of its own; set that field instead' },
    ]);
  });

  it('refuses relationship dates that do not exist or run backwards', async () => {
    const error = await refused('mutation($input: LinkInput!) { link(input: $input) { created } }', {
      input: { type: 'MEMBER_OF', from: 'org:test-liga', to: 'org:test-le-centre', since: '2013-13', until: '2012' },
    });
    expect(error.extensions!.fields).toEqual([
      {
        field: 'input.since',
        reason: 'since must be a year, YYYY-MM or an existing YYYY-MM-DD, with the year in 1800..2100',
      },
      { field: 'input.until', reason: 'until must not be before since' },
    ]);
    // Compared at the coarser precision: the year 2013 includes May 2013, April 2013 does not.
    const earlier = await refused('mutation($input: LinkInput!) { link(input: $input) { created } }', {
      input: { type: 'MEMBER_OF', from: 'org:test-liga', to: 'org:test-le-centre', since: '2013-05', until: '2013-04' },
    });
    expect(earlier.extensions!.fields).toEqual([{ field: 'input.until', reason: 'until must not be before since' }]);
    const sameYear = await fixture.api.query(
      'mutation($input: LinkInput!) { link(input: $input) { created } }',
      {
        input: { type: 'MEMBER_OF', from: 'org:test-liga', to: 'org:test-le-centre', since: '2013-05', until: '2013' },
      },
      await authHeader('editor'),
    );
    expect(sameYear.errors).toBeUndefined();
  });
});
