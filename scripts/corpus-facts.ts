import fs from 'node:fs';
import path from 'node:path';
import { Command } from 'commander';
import { BUNDLED_DATA_FILES, CORPUS_FACTS_FILE } from '../src/domain/bundled-data';
import { readPageFacts } from './corpus-facts/page-facts';
import { buildCorpusFacts, VetDataset } from './corpus-facts/build';
import { applySecondPass } from './corpus-facts/second-pass';
import { SameAsGroup } from './corpus-facts/registry';
import { readStatedRelations } from './corpus-facts/stated-relations';

/** The notes beside the file this script writes (CORPUS_FACTS_FILE). */
export const CORPUS_NOTES_FILE = 'data/review/disagreements.json';
/** First-review values a second editor found wrong by the page (left empty in the data, listed here for a human). */
export const CORRECTIONS_FILE = 'data/review/corrections.json';
/** Names an editor judged to be one entity, each group with its reason (read here, see SameAsGroup). */
export const SAME_AS_FILE = 'data/review/same-as.json';

/**
 * `npm run data:corpus`: builds data/review/corpus-reviewed.json (vet-facts format; staged, not yet loaded) from the editors' reviews of the bulk
 * pages (data/review/*.jsonl: facts only, one page a line) and the facts the dev corpus states for its pages
 * (../shared/corpus/dev/*.expected.json, read at build time, never copied), every entity and relationship citing its
 * page's URL; names data/review/same-as.json groups are one entity. Disagreements with the bundled files go to data/review/disagreements.json. `--check` only says
 * whether the committed file is up to date (exit 1 when not).
 */
function main(argv: string[]): number {
  const program = new Command()
    .name('data:corpus')
    .option('--dev <dir>', 'the dev corpus folder', '../shared/corpus/dev')
    .option('--check', 'compare with the committed file instead of writing it')
    .parse(argv);
  const options = program.opts<{ dev: string; check?: boolean }>();
  const root = path.resolve(__dirname, '..', '..');
  const bundled = BUNDLED_DATA_FILES.filter((f) => f !== CORPUS_FACTS_FILE && !f.includes('gazetteer')).map(
    (f) => JSON.parse(fs.readFileSync(path.join(root, f), 'utf8')) as VetDataset,
  );
  const pages = readPageFacts(path.join(root, 'data/review'), path.resolve(root, options.dev));
  const corrections = applySecondPass(pages, path.join(root, 'data/review'));
  readStatedRelations(pages, path.join(root, 'data/review'));
  const sameAsFile = path.join(root, SAME_AS_FILE);
  const sameAs = fs.existsSync(sameAsFile) ? (JSON.parse(fs.readFileSync(sameAsFile, 'utf8')) as SameAsGroup[]) : [];
  const built = buildCorpusFacts(pages, bundled, sameAs);
  const about =
    'Facts read from real pages by editors (data/review) and from the dev corpus; each cites its page. Built by npm run data:corpus.';
  const text = `${JSON.stringify({ about, ...built.dataset }, null, 1)}\n`;
  const notes = `${JSON.stringify(built.notes, null, 1)}\n`;
  const corrected = `${JSON.stringify(corrections, null, 1)}\n`;
  const target = path.join(root, CORPUS_FACTS_FILE);
  if (options.check) {
    const same = fs.existsSync(target) && fs.readFileSync(target, 'utf8') === text;
    process.stderr.write(
      same ? `${CORPUS_FACTS_FILE} is up to date\n` : `${CORPUS_FACTS_FILE} differs: run npm run data:corpus\n`,
    );
    return same ? 0 : 1;
  }
  fs.writeFileSync(target, text);
  fs.writeFileSync(path.join(root, CORPUS_NOTES_FILE), notes);
  fs.writeFileSync(path.join(root, CORRECTIONS_FILE), corrected);
  const count = (type: string) => built.dataset.entities.filter((e) => e.type === type).length;
  process.stdout.write(
    `${pages.length} pages read, ${built.pagesUsed} gave facts; events: ${built.eventsCreated} created, ${built.eventsLinked} linked to known ones; ` +
      `${built.dataset.entities.length} entity records (${count('Event')} events, ${count('Organisation')} organisations), ` +
      `${built.dataset.relations.length} relationships; ${built.notes.length} disagreements noted, ${corrections.length} first-review values emptied by the second pass\n`,
  );
  return 0;
}

process.exitCode = main(process.argv);
