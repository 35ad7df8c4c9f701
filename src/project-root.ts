import fs from 'node:fs';
import path from 'node:path';

let cached: string | undefined;

/**
 * The folder holding this project's package.json, found by walking up from this file, so paths such as
 * `cypher/` and `data/` resolve the same from `src/` (ts-jest) and from `dist/src/` (the built server).
 * @throws Error when no package.json is found above this file
 */
export function projectRoot(): string {
  if (cached) return cached;
  let dir = __dirname;
  while (!fs.existsSync(path.join(dir, 'package.json'))) {
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error(`no package.json above ${__dirname}`);
    dir = parent;
  }
  cached = dir;
  return dir;
}
