import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { EXAMPLE_QUERIES } from '../../src/server/example-queries';
import { projectRoot } from '../../src/project-root';

/** Runs the `graphql-codegen` CLI (as a user would) over `documents` against `schemaFile`; returns exit status, output and the generated file. */
function runCodegen(
  schemaFile: string,
  documents: string[],
): { status: number | null; log: string; generated: string } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'codegen-'));
  documents.forEach((document, index) => fs.writeFileSync(path.join(dir, `example-${index}.graphql`), document));
  const out = path.join(dir, 'types.ts');
  const config = {
    overwrite: true,
    schema: schemaFile,
    documents: path.join(dir, '*.graphql'),
    generates: { [out]: { plugins: ['typescript', 'typescript-operations'] } },
  };
  fs.writeFileSync(path.join(dir, 'codegen.json'), JSON.stringify(config));
  const bin = path.join(projectRoot(), 'node_modules', '.bin', 'graphql-codegen');
  const result = spawnSync(bin, ['--config', path.join(dir, 'codegen.json')], {
    cwd: projectRoot(),
    encoding: 'utf8',
    timeout: 90_000,
    env: { ...process.env, NODE_ENV: 'development' },
  });
  return {
    status: result.status,
    log: `${result.stdout}${result.stderr}`,
    generated: fs.existsSync(out) ? fs.readFileSync(out, 'utf8') : '',
  };
}

const CLIENT_SDL = path.join(projectRoot(), 'schema', 'schema.client.graphql');

describe('GraphQL Code Generator over the client SDL (issue 17, item 4)', () => {
  it('generates TypeScript types for every IDE example query against schema/schema.client.graphql', () => {
    const run = runCodegen(
      CLIENT_SDL,
      EXAMPLE_QUERIES.map((example) => example.query),
    );
    expect({ status: run.status, log: run.status === 0 ? '' : run.log }).toEqual({ status: 0, log: '' });
    const names = EXAMPLE_QUERIES.map((example) => /(?:query|mutation) (\w+)/.exec(example.query)?.[1]);
    expect(names).toContain('LouvainPeerLearningActivity');
    expect(run.generated).toContain('export type LouvainPeerLearningActivityQuery = {');
    // One result type per example (codegen recases names, e.g. WorkingGroupPLAs → WorkingGroupPlAsQuery).
    expect(run.generated.match(/^export type \w+(Query|Mutation) = \{/gm)?.length).toBe(names.length);
    expect(run.generated).toContain('export type CreateAndLinkMutation = {');
  }, 120_000);

  it('rejects a query for a federation-only field, which the client SDL does not have', () => {
    const run = runCodegen(CLIENT_SDL, ['query Sdl { _service { sdl } }']);
    expect(run.status).not.toBe(0);
    expect(run.log).toContain('Cannot query field "_service" on type "Query"');
  }, 120_000);
});
