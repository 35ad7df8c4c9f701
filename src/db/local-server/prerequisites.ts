import { spawnSync } from 'node:child_process';

/** A tool the local Neo4j needs (Java 17+, Maven) is missing; the message is one line meant for a human. */
export class MissingPrerequisiteError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'MissingPrerequisiteError';
  }
}

/**
 * Checks that `java` (17 or newer, which Neo4j 5 needs) is on the PATH.
 * @throws MissingPrerequisiteError with one readable line when it is not
 */
export function requireJava(): void {
  const result = spawnSync('java', ['-version'], { encoding: 'utf8' });
  if (result.error || result.status !== 0) {
    throw new MissingPrerequisiteError(
      'Java 17 or newer is needed to run the local Neo4j, but `java` was not found on the PATH. ' +
        'Install a JDK 17 (e.g. `apt-get install openjdk-17-jre-headless`) or set NEO4J_URI to use an existing Neo4j.',
    );
  }
  const major = Number(/version "(\d+)/.exec(result.stderr)?.[1] ?? '0');
  if (major < 17) {
    throw new MissingPrerequisiteError(
      `Neo4j 5 needs Java 17 or newer, but \`java -version\` reports ${major || 'an unknown version'}. ` +
        'Install a JDK 17 or set NEO4J_URI to use an existing Neo4j.',
    );
  }
}

/**
 * Checks that Maven (`mvn`) is on the PATH; it fetches the Neo4j jars from Maven Central once.
 * @throws MissingPrerequisiteError with one readable line when it is not
 */
export function requireMaven(): void {
  const result = spawnSync('mvn', ['-v'], { encoding: 'utf8' });
  if (result.error || result.status !== 0) {
    throw new MissingPrerequisiteError(
      'Maven is needed once to fetch the Neo4j jars from Maven Central, but `mvn` was not found on the PATH. ' +
        'Install Maven (e.g. `apt-get install maven`) or set NEO4J_URI to use an existing Neo4j.',
    );
  }
}
