import http from 'node:http';
import neo4j from 'neo4j-driver';
import { toPlain } from '../../src/db/driver-values';
import { QUERIES } from '../queries';
import { integers, targetEnv } from './target-env';

/**
 * The floor of the benchmark: a bare node:http server that answers `POST /q/<query name>` (body: the query's
 * parameters as JSON) with the rows of the query's hand-written Cypher (bench/queries.ts), run as one auto-commit
 * statement in a read session through the driver alone. No GraphQL, no validation, no framework: what remains is HTTP, JSON and the database.
 */
async function main(): Promise<void> {
  const env = targetEnv();
  const driver = neo4j.driver(env.uri, neo4j.auth.basic('neo4j', env.password), {
    maxConnectionPoolSize: 50,
    logging: undefined,
  });
  const statements = new Map(QUERIES.map((q) => [q.name, q]));
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', async () => {
      const query = statements.get((req.url ?? '').replace(/^\/q\//, ''));
      if (!query || req.method !== 'POST') {
        res.writeHead(404).end();
        return;
      }
      const session = driver.session({ defaultAccessMode: neo4j.session.READ });
      try {
        const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as {
          cypher: string;
          params: Record<string, unknown>;
        };
        // An auto-commit statement in a read session: what a person would write for one read (no BEGIN or COMMIT).
        const result = await session.run(body.cypher, integers(body.params));
        const rows = result.records.map((record) => toPlain(record.toObject()));
        res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ rows }));
      } catch (error) {
        res
          .writeHead(500, { 'content-type': 'application/json' })
          .end(JSON.stringify({ error: (error as Error).message }));
      } finally {
        await session.close();
      }
    });
  });
  server.listen(env.port, '127.0.0.1', () => process.stdout.write(`READY http://127.0.0.1:${env.port}\n`));
  process.once('SIGTERM', () => server.close(() => void driver.close().then(() => process.exit(0))));
}

main().catch((error: unknown) => {
  process.stderr.write(`${(error as Error).stack ?? String(error)}\n`);
  process.exit(1);
});
