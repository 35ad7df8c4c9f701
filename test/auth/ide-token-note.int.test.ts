import { EXAMPLE_QUERIES } from '../../src/server/example-queries';
import { loadFieldCaseFixture } from '../support/fixtures';
import { useTestApi } from '../support/test-api';
import { authHeader } from '../support/tokens';

describe('the IDE lets a user paste a token', () => {
  const fixture = useTestApi(loadFieldCaseFixture);

  it('the page says how to get a token and where to paste it, and keeps pasted headers', async () => {
    const response = await fetch(`${fixture.api.url}/graphql`, { headers: { accept: 'text/html' } });
    const html = await response.text();
    expect(html).toContain('npm run token -- --role editor');
    expect(html).toContain('{"Authorization": "Bearer &lt;token&gt;"}');
    expect(html).toContain('shouldPersistHeaders: true');
  });

  it('the write example tab runs as shown once an editor token is pasted', async () => {
    await fixture.graph.cypher(
      'CREATE (:Entity:Organisation {id: "org:forem", name: "Le Forem", searchKey: "le forem", sources: []})',
    );
    const example = EXAMPLE_QUERIES.find((tab) => tab.title.startsWith('Write'))!;
    const response = await fixture.api.query(example.query, {}, await authHeader('editor', 'ide-user'));
    expect(response.errors).toBeUndefined();
    expect(response.data!.createOrganisation).toMatchObject({
      id: 'org:example-training-centre',
      updatedBy: 'ide-user',
    });
    expect(response.data!.link).toMatchObject({
      created: true,
      relationship: { type: 'MEMBER_OF', role: 'partner', since: '2020' },
    });
  });
});
