import fs from 'node:fs';
import path from 'node:path';
import { Command } from 'commander';
import { projectRoot } from '../project-root';
import { PLACE_COUNTRIES_FILE } from '../domain/bundled-data';
import { Dataset, placeCountries } from '../modules/import/place-countries';

/**
 * `npm run data:place-countries`: writes PLACE_COUNTRIES_FILE, the countries of the places the sourced data files
 * (every other `data/*.json`) leave without one, from the GeoNames gazetteer; lists the places it could not place.
 * With `--check`, writes nothing and exits 1 when the committed file differs from what the data now gives.
 */
function main(argv: string[]): number {
  const program = new Command()
    .name('data:place-countries')
    .description(`Write ${PLACE_COUNTRIES_FILE}: gazetteer countries for the places of data/*.json that have none.`)
    .option('--check', 'only compare with the committed file')
    .parse(argv);
  const root = projectRoot();
  const output = path.join(root, PLACE_COUNTRIES_FILE);
  const { dataset, unplaced } = placeCountries(sourcedDatasets(root));
  const text = `${JSON.stringify(dataset, null, 1)}\n`;
  for (const relation of dataset.relations) process.stderr.write(`${relation.from} LOCATED_IN ${relation.to} (${relation.sources[0]})\n`);
  for (const place of unplaced) process.stderr.write(`left without a country: ${place.placeId}: ${place.reason}\n`);
  if (program.opts().check) {
    const same = fs.existsSync(output) && fs.readFileSync(output, 'utf8') === text;
    process.stderr.write(same ? `${PLACE_COUNTRIES_FILE} is up to date\n` : `${PLACE_COUNTRIES_FILE} differs: run npm run data:place-countries\n`);
    return same ? 0 : 1;
  }
  fs.writeFileSync(output, text);
  process.stderr.write(`wrote ${PLACE_COUNTRIES_FILE}: ${dataset.relations.length} places, ${dataset.entities.length} new countries\n`);
  return 0;
}

/** The sourced data files: every `data/*.json` but the generated one, in name order. */
export function sourcedDatasets(root: string): Dataset[] {
  const dir = path.join(root, 'data');
  return fs
    .readdirSync(dir)
    .filter((file) => file.endsWith('.json') && path.join('data', file) !== PLACE_COUNTRIES_FILE)
    .sort()
    .map((file) => JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8')) as Dataset);
}

if (require.main === module) process.exit(main(process.argv));
