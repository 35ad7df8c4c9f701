import { Command } from 'commander';
import { readConfig } from '../config';
import { runningPid, startLocalNeo4j, stopLocalNeo4j } from '../db/local-server/local-neo4j';
import { ensureNeo4jJars } from '../db/local-server/neo4j-jars';
import { MissingPrerequisiteError } from '../db/local-server/prerequisites';

/** `npm run db:start | db:stop | db:fetch | db:status`: manages the project's own local Neo4j Community server. */
async function main(argv: string[]): Promise<void> {
  const config = readConfig();
  const local = config.neo4j.local;
  const log = (line: string) => process.stdout.write(`${line}\n`);
  const program = new Command()
    .name('db')
    .description('Manage the local Neo4j Community server (ignored when NEO4J_URI is set).');
  program
    .command('fetch')
    .description('Fetch the Neo4j jars from Maven Central')
    .action(() => {
      log(`Neo4j jars in ${ensureNeo4jJars(log)}`);
    });
  program
    .command('start')
    .description('Start the local server, or reuse the running one')
    .action(async () => {
      const server = await startLocalNeo4j({ ...local, password: config.neo4j.password, log });
      log(`${server.reused ? 'Already running' : 'Started'}: ${server.uri} (pid ${server.pid})`);
    });
  program
    .command('stop')
    .description('Stop the local server cleanly')
    .action(async () => {
      log((await stopLocalNeo4j(local.homeDir)) ? 'Stopped the local Neo4j.' : 'The local Neo4j was not running.');
    });
  program
    .command('status')
    .description('Say whether the local server runs')
    .action(() => {
      const pid = runningPid(local.homeDir);
      log(pid ? `Running (pid ${pid}), data in ${local.homeDir}` : 'Not running.');
    });
  await program.parseAsync(argv);
}

main(process.argv).catch((error: unknown) => {
  process.stderr.write(
    `${error instanceof MissingPrerequisiteError ? '' : 'db: '}${error instanceof Error ? error.message : String(error)}\n`,
  );
  process.exit(1);
});
