import fs from 'node:fs';
import path from 'node:path';
import {
  composeSupergraph,
  CompositionFailedError,
  exampleSupergraphText,
  SUPERGRAPH_EXAMPLE_FILE,
} from '../../scripts/compose-supergraph';
import { printGraphSchema } from '../../src/schema/build-schema';
import { projectRoot } from '../../src/project-root';
import { FUNDING_SDL_FILE } from '../support/funding-subgraph';

describe('the composed supergraph (issue 5, section 1)', () => {
  it('schema/supergraph.example.graphql is what composition gives now (run `npm run schema:supergraph`)', () => {
    const committed = fs.readFileSync(path.join(projectRoot(), SUPERGRAPH_EXAMPLE_FILE), 'utf8');
    expect(committed).toBe(exampleSupergraphText());
    expect(committed).toContain('fundingTotal: Float! @join__field(graph: FUNDING)');
  });

  it('fails with Apollo’s message when a partner declares our key with another type', async () => {
    const broken = fs
      .readFileSync(FUNDING_SDL_FILE, 'utf8')
      .replace(
        /type Organisation @key\(fields: "id"\) \{\n {2}id: ID!/,
        'type Organisation @key(fields: "id") {\n  id: Int!',
      );
    expect(broken).toContain('id: Int!');
    const compose = async () =>
      composeSupergraph([
        { name: 'vet', url: 'http://vet.invalid/graphql', sdl: await printGraphSchema() },
        { name: 'funding', url: 'http://funding.invalid/graphql', sdl: broken },
      ]);
    await expect(compose()).rejects.toThrow(CompositionFailedError);
    await expect(compose()).rejects.toThrow(/Organisation\.id/);
  });
});
