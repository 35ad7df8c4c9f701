import fs from 'node:fs';
import path from 'node:path';
import { buildSchema, parse, validate } from 'graphql';
import { printClientSchema } from '../../src/schema/client-schema';
import { EXAMPLE_QUERIES } from '../../src/server/example-queries';
import { projectRoot } from '../../src/project-root';

const committed = (): string => fs.readFileSync(path.join(projectRoot(), 'schema', 'schema.client.graphql'), 'utf8');

describe('schema/schema.client.graphql (issue 17, item 4)', () => {
  it('is what the running schema prints without federation (run `npm run schema:print` after changing types)', async () => {
    expect(committed()).toBe(await printClientSchema());
  });

  it('has no federation directives, types or root fields', () => {
    const sdl = committed();
    for (const federationOnly of [
      'extend schema',
      '@link',
      '@key',
      '@shareable',
      '_service',
      '_entities',
      '_Any',
      '_Entity',
      '_Service',
    ]) {
      expect(sdl).not.toContain(federationOnly);
    }
    expect(sdl).toContain('type Query {');
    expect(sdl).toMatch(/type Event implements Node \{/);
  });

  it('is accepted by graphql buildSchema and validates every IDE example query', () => {
    const schema = buildSchema(committed());
    expect(EXAMPLE_QUERIES.length).toBeGreaterThan(3);
    for (const example of EXAMPLE_QUERIES) {
      const errors = validate(schema, parse(example.query)).map((error) => `${example.title}: ${error.message}`);
      expect(errors).toEqual([]);
    }
  });
});
