import { grantsFor, loadBundledDataAndFieldCases, UNKNOWN_ORGANISATION_ID } from '../support/federation-fixture';
import { GrantRecord, RunningSubgraph, startFundingSubgraph } from '../support/funding-subgraph';
import { RunningGateway, startGateway } from '../support/gateway';
import { useTestApi } from '../support/test-api';

describe('a real @apollo/gateway composing our subgraph with a funding partner (issue 5, section 1)', () => {
  const fixture = useTestApi(loadBundledDataAndFieldCases);
  let partner: RunningSubgraph;
  let gateway: RunningGateway;
  let grants: GrantRecord[];
  let names: Map<string, { name: string; acronym: string | null }>;

  beforeAll(async () => {
    const rows = await fixture.graph.cypher(
      'MATCH (o:Organisation) WHERE o.countryCode IS NOT NULL RETURN o.id AS id, o.countryCode AS countryCode, o.name AS name, o.acronym AS acronym ORDER BY o.id = $first DESC, o.id LIMIT 100',
      { first: 'org:test-le-centre' },
    );
    names = new Map(
      rows.map((row) => [row.id as string, { name: row.name as string, acronym: (row.acronym as string) ?? null }]),
    );
    grants = grantsFor(rows.map((row) => ({ id: row.id as string, countryCode: row.countryCode as string })));
    partner = await startFundingSubgraph(grants);
    gateway = await startGateway([
      { name: 'vet', url: `${fixture.api.url}/graphql` },
      { name: 'funding', url: partner.url },
    ]);
  });
  afterAll(async () => {
    await gateway?.stop();
    await partner?.stop();
  });
  beforeEach(() => {
    gateway.fetches.length = 0;
  });

  it('starts in our subgraph and ends in the partner: an organisation’s grants, a country’s funding total', async () => {
    const response = await gateway.query(`{
      organisation(id: "org:test-le-centre") { name acronym grants { id amountEur } }
      countryByCode(code: "de") { name fundingTotal }
    }`);
    expect(response.errors).toBeUndefined();
    const expectedGrants = grants.filter((grant) => grant.beneficiaryId === 'org:test-le-centre');
    expect(response.data!.organisation).toEqual({
      name: 'Le Centre Test',
      acronym: 'LCT',
      grants: expectedGrants.map(({ id, amountEur }) => ({ id, amountEur })),
    });
    const germanTotal = grants
      .filter((grant) => grant.countryCode === 'DE')
      .reduce((sum, grant) => sum + grant.amountEur, 0);
    expect(germanTotal).toBeGreaterThan(0);
    expect(response.data!.countryByCode).toEqual({ name: 'Germany', fundingTotal: germanTotal });
    // One plan: our root fields, then one jump into the partner per path (organisation, country).
    expect(gateway.fetches.map((f) => `${f.subgraph}${f.entities ? ' _entities' : ''}`)).toEqual([
      'vet',
      'funding _entities',
      'funding _entities',
    ]);
  });

  it('starts in the partner and ends in ours: 100 beneficiaries resolved from Neo4j in one round trip per jump', async () => {
    const response = await gateway.query('{ grants { id beneficiary { id name acronym } country { code name } } }');
    expect(response.errors).toBeUndefined();
    const byId = new Map(response.data!.grants.map((grant: any) => [grant.id, grant]));
    expect(byId.size).toBe(grants.length);
    for (const grant of grants.filter((g) => g.beneficiaryId !== UNKNOWN_ORGANISATION_ID)) {
      expect(byId.get(grant.id)).toMatchObject({
        beneficiary: { id: grant.beneficiaryId, ...names.get(grant.beneficiaryId) },
        country: { code: grant.countryCode },
      });
    }
    // The partner's grant to an organisation we do not hold: null beneficiary and country, the rest still answered.
    expect(byId.get('grant:unknown')).toEqual({ id: 'grant:unknown', beneficiary: null, country: null });
    const ours = gateway.fetches.filter((f) => f.subgraph === 'vet');
    expect(ours.every((f) => f.entities)).toBe(true);
    // The plan jumps into our subgraph once per path (beneficiaries by id, countries by code): one statement each,
    // however many representations a jump carries.
    expect(ours.map((f) => f.extensions?.dbRoundTrips)).toEqual([1, 1]);
  });
});
