import { loadFieldCaseFixture } from '../support/fixtures';
import { useTestApi } from '../support/test-api';

const BY_NAME = 'query($text: String!) { organisations(where: { nameContains: $text }) { nodes { id } } }';

describe('F11. Case-insensitive match works only for ASCII', () => {
  const fixture = useTestApi(loadFieldCaseFixture);

  it.each([
    ['ліга', 'org:test-liga'],
    ['ЛІГА', 'org:test-liga'],
    ['ÉCONOMIE', 'org:test-economie'],
    ['économie', 'org:test-economie'],
    ['economie', 'org:test-economie'],
  ])('nameContains "%s" finds %s', async (text, id) => {
    const response = await fixture.api.query(BY_NAME, { text });
    expect(response.errors).toBeUndefined();
    expect(response.data!.organisations.nodes).toEqual([{ id }]);
  });

  it('folds accents for places too: "liege" finds Liège', async () => {
    const response = await fixture.api.query('{ places(where: { nameContains: "liege" }) { nodes { name } } }');
    expect(response.data!.places.nodes).toEqual([{ name: 'Liège' }]);
  });
});
