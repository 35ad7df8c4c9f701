import fs from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../project-root';

/*
 * Our hand-written Cypher lives in cypher/*.cypher. A file holds named statements, each introduced by a line
 * `// name: <statementName>`; it is addressed as `<file>.<statementName>` (e.g. `stats.eventCountsByCountry`).
 * Files without names (schema.cypher) are lists of statements ended by `;`.
 *
 * Placeholders in files: `$name` for every value (bound to a parameter by bindCypher), and `{{NAME}}` only where
 * Neo4j takes no parameter (a label, a relationship type, `SHORTEST k`, a quantifier's bounds), filled with text
 * from our allow-lists or checked integers by fillCypher. Cypher built in TypeScript uses neither: there, fixed text
 * is a function of the variable it is about (graph/cypher-identifiers.ts NodePattern). Files stay files because
 * whole statements read, review and benchmark (bench/) best as Cypher; a file cannot hold a function.
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

/**
 * The named statement `<file>.<name>` with its `$name` placeholders bound to `values` under names that `params`
 * allocates (`$s2_p0`, …), so statements built for one request never share a parameter name and can be joined into
 * one statement as they are. The placeholders are found once per statement file text (ours, static), never in
 * composed or joined Cypher.
 * @throws Error when the statement uses a placeholder `values` has no entry for (a programming error)
 */
export function bindCypher(
  qualifiedName: string,
  values: Record<string, unknown>,
  params: { add(value: unknown): string },
  fragments?: Record<string, string>,
): string {
  const template = placeholders(qualifiedName);
  const bound = new Map<string, string>();
  return template.parts
    .map((part, i) => {
      if (i % 2 === 0) return fragments ? fillCypher(part, fragments, qualifiedName) : part;
      if (!(part in values)) throw new Error(`${qualifiedName}: no value for $${part}`);
      if (!bound.has(part)) bound.set(part, params.add(values[part]));
      return bound.get(part)!;
    })
    .join('');
}

/**
 * `text` (from a cypher/*.cypher statement) with every `{{NAME}}` replaced by `fragments[NAME]`: text our code chose
 * from an allow-list or a checked integer, never a client's value. One pass: a fragment is not searched again.
 * @param where the statement's name, for the error
 * @throws Error when the text uses a `{{NAME}}` without a fragment (a programming error)
 */
export function fillCypher(text: string, fragments: Record<string, string>, where = 'cypher'): string {
  return text.replace(/\{\{([A-Z_]+)\}\}/g, (_, name: string) => {
    if (!(name in fragments)) throw new Error(`${where}: no text for {{${name}}}`);
    return fragments[name];
  });
}

const templates = new Map<string, { parts: string[] }>();

/** A named statement split at its placeholders: text, name, text, name, …, text (odd indexes are names). */
function placeholders(qualifiedName: string): { parts: string[] } {
  let template = templates.get(qualifiedName);
  if (!template) {
    template = { parts: namedCypher(qualifiedName).split(/\$([A-Za-z_][A-Za-z0-9_]*)/) };
    templates.set(qualifiedName, template);
  }
  return template;
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
