import fs from 'node:fs';
import path from 'node:path';
import { printGraphSchema } from '../schema/build-schema';
import { projectRoot } from '../project-root';

/** The committed SDL file that a test compares with what the code generates. */
export const SCHEMA_FILE = 'schema/schema.graphql';

/** `npm run schema:print`: writes the subgraph SDL to schema/schema.graphql. */
async function main(): Promise<void> {
  const target = path.join(projectRoot(), SCHEMA_FILE);
  fs.mkdirSync(path.dirname(target), { recursive: true });
  fs.writeFileSync(target, await printGraphSchema());
  process.stdout.write(`wrote ${SCHEMA_FILE}\n`);
}

if (require.main === module) {
  main().catch((error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  });
}
