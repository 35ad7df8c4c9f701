import fs from 'node:fs';
import path from 'node:path';
import { Command } from 'commander';
import { projectRoot } from '../project-root';
import { GAZETTEER_FILE } from '../domain/bundled-data';
import { gazetteerData } from '../gazetteer/gazetteer-data';
import { Dataset } from '../gazetteer/place-countries';

/**
 * `npm run data:gazetteer`: writes GAZETTEER_FILE from the sourced data files (every other `data/*.json`): the
 * countries of the places they leave without one (GeoNames) and the other names of their countries
 * (i18n-iso-countries); lists the places it could not place.
 * With `--check`, writes nothing and exits 1 when the committed file differs from what the data now gives.
 */
function main(argv: string[]): number {
  const program = new Command()
    .name('data:gazetteer')
    .description(
      `Write ${GAZETTEER_FILE}: gazetteer facts about data/*.json (countries of places, other names of countries).`,
    )
    .option('--check', 'only compare with the committed file')
    .parse(argv);
  const root = projectRoot();
  const output = path.join(root, GAZETTEER_FILE);
  const { dataset, unplaced } = gazetteerData(sourcedDatasets(root));
  const text = `${JSON.stringify(dataset, null, 1)}\n`;
  for (const relation of dataset.relations)
    process.stderr.write(`${relation.from} LOCATED_IN ${relation.to} (${relation.sources[0]})\n`);
  for (const place of unplaced) process.stderr.write(`left without a country: ${place.placeId}: ${place.reason}\n`);
  if (program.opts().check) {
    const same = fs.existsSync(output) && fs.readFileSync(output, 'utf8') === text;
    process.stderr.write(
      same ? `${GAZETTEER_FILE} is up to date\n` : `${GAZETTEER_FILE} differs: run npm run data:gazetteer\n`,
    );
    return same ? 0 : 1;
  }
  fs.writeFileSync(output, text);
  process.stderr.write(
    `wrote ${GAZETTEER_FILE}: ${dataset.relations.length} places placed, ${dataset.entities.length} country records\n`,
  );
  return 0;
}

/** The sourced data files: every `data/*.json` but the generated one, in name order. */
export function sourcedDatasets(root: string): Dataset[] {
  const dir = path.join(root, 'data');
  return fs
    .readdirSync(dir)
    .filter((file) => file.endsWith('.json') && path.join('data', file) !== GAZETTEER_FILE)
    .sort()
    .map((file) => JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8')) as Dataset);
}

if (require.main === module) process.exit(main(process.argv));
