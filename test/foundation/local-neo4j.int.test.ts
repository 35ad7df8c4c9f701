import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runningPid, startLocalNeo4j } from '../../src/db/local-server/local-neo4j';
import { projectRoot } from '../../src/project-root';

describe('the project’s own Neo4j (issue 2, section 1)', () => {
  const homeDir = process.env.VETGRAPH_TEST_NEO4J_HOME;
  const testIfLocal = homeDir ? it : it.skip;

  testIfLocal('a second start while one runs reuses it (same process, same Bolt address)', async () => {
    const pid = runningPid(homeDir!);
    expect(pid).toBeGreaterThan(0);
    const port = Number(new URL(process.env.NEO4J_URI!.replace('bolt://', 'http://')).port);
    const again = await startLocalNeo4j({
      homeDir: homeDir!,
      boltPort: port,
      password: process.env.NEO4J_PASSWORD!,
      heap: '512m',
      pageCache: '64m',
    });
    expect(again).toEqual({ uri: process.env.NEO4J_URI, pid, reused: true });
  });

  testIfLocal('binds Bolt to loopback only, with HTTP off and auth on', () => {
    const conf = fs.readFileSync(path.join(homeDir!, 'conf', 'neo4j.conf'), 'utf8');
    expect(conf).toMatch(/^server\.bolt\.listen_address=127\.0\.0\.1:\d+$/m);
    expect(conf).toMatch(/^server\.http\.enabled=false$/m);
    expect(conf).toMatch(/^dbms\.security\.auth_enabled=true$/m);
  });

  it('says in one clear line that Java is missing, without a stack trace', () => {
    // A PATH holding only node: no java, no mvn.
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'vetgraph-nojava-'));
    const binDir = path.join(dataDir, 'bin');
    fs.mkdirSync(binDir);
    fs.symlinkSync(process.execPath, path.join(binDir, 'node'));
    const result = spawnSync(process.execPath, [path.join(projectRoot(), 'dist', 'src', 'cli', 'db.js'), 'start'], {
      encoding: 'utf8',
      env: { PATH: binDir, NEO4J_DATA_DIR: path.join(dataDir, 'neo4j') },
    });
    fs.rmSync(dataDir, { recursive: true, force: true });
    expect(result.status).toBe(1);
    expect(result.stderr.trim().split('\n')).toEqual([
      expect.stringMatching(
        /^Java 17 or newer is needed to run the local Neo4j, but `java` was not found on the PATH\./,
      ),
    ]);
  });
});
