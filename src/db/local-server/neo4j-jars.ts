import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { projectRoot } from '../../project-root';
import { MissingPrerequisiteError, requireMaven } from './prerequisites';

/** The Maven project that pins the Neo4j Community version (its `neo4j.version` property). */
export const NEO4J_POM = 'scripts/neo4j/pom.xml';

/** The folder (git-ignored) where Maven copies the Neo4j server jars. */
export function neo4jLibDir(): string {
  return path.join(projectRoot(), '.cache', 'neo4j', 'lib');
}

/** The Neo4j Community version pinned in {@link NEO4J_POM}, e.g. `5.26.30`. */
export function pinnedNeo4jVersion(): string {
  const pom = fs.readFileSync(path.join(projectRoot(), NEO4J_POM), 'utf8');
  const version = /<neo4j\.version>([^<]+)<\/neo4j\.version>/.exec(pom)?.[1];
  if (!version) throw new Error(`${NEO4J_POM} has no <neo4j.version> property`);
  return version;
}

/**
 * Makes sure the pinned Neo4j Community jars are in {@link neo4jLibDir}, fetching them from Maven Central with
 * `mvn dependency:copy-dependencies` when they are missing (about 120 MB, once per clone).
 * @returns the lib folder
 * @throws MissingPrerequisiteError when Maven is missing or the download fails
 */
export function ensureNeo4jJars(log: (line: string) => void = () => undefined): string {
  const libDir = neo4jLibDir();
  const version = pinnedNeo4jVersion();
  if (fs.existsSync(path.join(libDir, `neo4j-${version}.jar`))) return libDir;
  requireMaven();
  log(
    `Copying the Neo4j ${version} Community jars into .cache/neo4j/lib with Maven, once per clone (downloaded from ` +
      `Maven Central when ~/.m2 does not have them yet) ...`,
  );
  fs.rmSync(libDir, { recursive: true, force: true });
  const result = spawnSync(
    'mvn',
    ['-q', '-B', '-f', path.join(projectRoot(), NEO4J_POM), 'dependency:copy-dependencies'],
    {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  if (result.status !== 0 || !fs.existsSync(path.join(libDir, `neo4j-${version}.jar`))) {
    const detail = `${result.stdout ?? ''}${result.stderr ?? ''}`.trim().split('\n').slice(-3).join(' | ');
    throw new MissingPrerequisiteError(
      `Maven could not fetch Neo4j ${version} from Maven Central: ${detail || 'no output'}`,
    );
  }
  return libDir;
}
