import fs from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../project-root';

/*
 * Our hand-written Cypher lives in cypher/*.cypher. A file holds named statements, each introduced by a line
 * `// name: <statementName>`; it is addressed as `<file>.<statementName>` (e.g. `stats.eventCountsByCountry`).
 * Files without names (schema.cypher) are lists of statements ended by `;`.
 */

const cache = new Map<string, string>();

function cypherDir(): string {
  return path.join(projectRoot(), 'cypher');
}

/**
 * The named statement `<file>.<name>` from cypher/<file>.cypher.
 * @throws Error when the file or the statement does not exist (a programming error)
 */
export function namedCypher(qualifiedName: string): string {
  const hit = cache.get(qualifiedName);
  if (hit) return hit;
  const [file, name] = qualifiedName.split('.');
  const text = fs.readFileSync(path.join(cypherDir(), `${file}.cypher`), 'utf8');
  for (const block of text.split(/^\/\/ name: /m).slice(1)) {
    const newline = block.indexOf('\n');
    cache.set(`${file}.${block.slice(0, newline).trim()}`, block.slice(newline + 1).trim());
  }
  const statement = cache.get(qualifiedName);
  if (!statement) throw new Error(`no statement "${name}" in cypher/${file}.cypher`);
  return statement;
}

/** The `;`-separated statements of cypher/<file>.cypher, without comment lines. */
export function cypherStatements(file: string): string[] {
  const text = fs.readFileSync(path.join(cypherDir(), `${file}.cypher`), 'utf8');
  return text
    .split('\n')
    .filter((line) => !line.trim().startsWith('//'))
    .join('\n')
    .split(';')
    .map((statement) => statement.trim())
    .filter(Boolean);
}
