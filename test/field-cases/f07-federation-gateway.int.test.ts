import { loadFieldCaseFixture } from '../support/fixtures';
import { RunningSubgraph, startFundingSubgraph } from '../support/funding-subgraph';
import { RunningGateway, startGateway } from '../support/gateway';
import { useTestApi } from '../support/test-api';

describe('F7 through a real @apollo/gateway: the router’s entity request runs our reference resolver', () => {
  const fixture = useTestApi(loadFieldCaseFixture);
  let partner: RunningSubgraph;
  let gateway: RunningGateway;

  beforeAll(async () => {
    partner = await startFundingSubgraph([
      {
        id: 'grant:lct-2021',
        title: 'Trainer CPD pilot',
        amountEur: 25000,
        year: 2021,
        beneficiaryId: 'org:test-le-centre',
        countryCode: 'BE',
      },
    ]);
    gateway = await startGateway([
      { name: 'vet', url: `${fixture.api.url}/graphql` },
      { name: 'funding', url: partner.url },
    ]);
  });
  afterAll(async () => {
    await gateway?.stop();
    await partner?.stop();
  });

  it('an Organisation fetched through the partner’s grant resolves name and acronym from Neo4j', async () => {
    const response = await gateway.query('{ grants { id beneficiary { id name acronym } } }');
    expect(response.errors).toBeUndefined();
    expect(response.data!.grants).toEqual([
      { id: 'grant:lct-2021', beneficiary: { id: 'org:test-le-centre', name: 'Le Centre Test', acronym: 'LCT' } },
    ]);
    expect(gateway.fetches.map((f) => [f.subgraph, f.entities])).toEqual([
      ['funding', false],
      ['vet', true],
    ]);
  });
});
