import fs from 'node:fs';
import path from 'node:path';
import { printGraphSchema } from '../../src/schema/build-schema';
import { projectRoot } from '../../src/project-root';

describe('schema/schema.graphql (issue 2, section 2)', () => {
  it('is what the code generates (run `npm run schema:print` after changing the types)', async () => {
    const committed = fs.readFileSync(path.join(projectRoot(), 'schema', 'schema.graphql'), 'utf8');
    expect(committed).toBe(await printGraphSchema());
  });

  it('is a Federation 2 subgraph with @key on every entity and Country also keyed by code', async () => {
    const sdl = await printGraphSchema();
    expect(sdl).toContain('@link(url: "https://specs.apollo.dev/federation/v2.7"');
    for (const type of [
      'Country',
      'Place',
      'Organisation',
      'WorkingGroup',
      'Event',
      'Publication',
      'PolicyDocument',
      'CompetenceStandard',
      'Person',
      'Topic',
    ]) {
      expect(sdl).toMatch(new RegExp(`type ${type} implements Node\\s+@key\\(fields: "id"\\)`));
    }
    expect(sdl).toMatch(/type Country implements Node\s+@key\(fields: "id"\)\s+@key\(fields: "code"\)/);
  });
});
