import fs from 'node:fs';
import path from 'node:path';
import { printGraphSchema } from '../schema/build-schema';
import { printClientSchema } from '../schema/client-schema';
import { projectRoot } from '../project-root';

/** The committed SDL file that a test compares with what the code generates. */
export const SCHEMA_FILE = 'schema/schema.graphql';
/** The client SDL without federation directives/types (Relay, codegen), kept in sync by a test. */
export const CLIENT_SCHEMA_FILE = 'schema/schema.client.graphql';

/** `npm run schema:print`: writes the subgraph SDL to schema/schema.graphql and the client SDL next to it. */
async function main(): Promise<void> {
  const target = path.join(projectRoot(), SCHEMA_FILE);
  fs.mkdirSync(path.dirname(target), { recursive: true });
  fs.writeFileSync(target, await printGraphSchema());
  fs.writeFileSync(path.join(projectRoot(), CLIENT_SCHEMA_FILE), await printClientSchema());
  process.stdout.write(`wrote ${SCHEMA_FILE} and ${CLIENT_SCHEMA_FILE}\n`);
}

if (require.main === module) {
  main().catch((error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  });
}
