import { loadFieldCaseFixture } from '../support/fixtures';
import { useTestApi } from '../support/test-api';

describe('F1. Driver Integer reaches a GraphQL Int field', () => {
  const fixture = useTestApi(loadFieldCaseFixture);

  it('counts events in BE for 2012-2013 as the plain JSON number 3', async () => {
    const response = await fixture.api.post(
      JSON.stringify({ query: '{ eventCountsByCountry(yearFrom: 2012, yearTo: 2013) { countryCode count } }' }),
    );
    expect(response.status).toBe(200);
    // The raw JSON text, so an object such as {"low":3,"high":0} could not hide behind a lenient parser.
    expect(response.text).toContain('"eventCountsByCountry":[{"countryCode":"BE","count":3}]');
  });

  it('returns organisation.founded as the number 1975', async () => {
    const response = await fixture.api.query('{ organisation(id: "org:test-le-centre") { founded } }');
    expect(response.errors).toBeUndefined();
    expect(response.data!.organisation.founded).toBe(1975);
  });
});
