import { loadFieldCaseFixture } from '../support/fixtures';
import { useTestApi } from '../support/test-api';

describe('F7. Federation reference resolver never called (type-graphql 2)', () => {
  const fixture = useTestApi(loadFieldCaseFixture);

  it('resolves an Organisation representation with its fields loaded from Neo4j', async () => {
    const response = await fixture.api.query(
      'query ($r: [_Any!]!) { _entities(representations: $r) { ... on Organisation { id name acronym } } }',
      { r: [{ __typename: 'Organisation', id: 'org:test-le-centre' }] },
    );
    expect(response.errors).toBeUndefined();
    expect(response.data!._entities).toEqual([{ id: 'org:test-le-centre', name: 'Le Centre Test', acronym: 'LCT' }]);
  });

  it('resolves Country by code, unknown keys to null, many representations in one round trip', async () => {
    const response = await fixture.api.query(
      'query ($r: [_Any!]!) { _entities(representations: $r) { ... on Country { id name } ... on Event { id startDate } ... on Organisation { id } } }',
      {
        r: [
          { __typename: 'Country', code: 'BE' },
          { __typename: 'Event', id: 'event:test-pla-2013' },
          { __typename: 'Organisation', id: 'org:does-not-exist' },
          { __typename: 'Organisation', id: 'event:test-pla-2013' },
        ],
      },
    );
    expect(response.errors).toBeUndefined();
    expect(response.data!._entities).toEqual([
      { id: 'country:BE', name: 'Belgium' },
      { id: 'event:test-pla-2013', startDate: '2013-05-28' },
      null,
      null,
    ]);
    expect(response.extensions!.dbRoundTrips).toBe(1);
  });

  it('shows @key(fields: "id") on Organisation and the Federation 2 @link import in _service { sdl }', async () => {
    const response = await fixture.api.query('{ _service { sdl } }');
    const sdl: string = response.data!._service.sdl;
    expect(sdl).toMatch(/type Organisation implements Node\s+@key\(fields: "id"\)/);
    expect(sdl).toMatch(
      /extend schema\s+@link\(url: "https:\/\/specs\.apollo\.dev\/federation\/v2\.\d+", import: \["@key"/,
    );
  });
});
