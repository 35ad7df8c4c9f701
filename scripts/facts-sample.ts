import path from 'node:path';
import { Command } from 'commander';
import { faker } from '@faker-js/faker';
import { projectRoot } from '../src/project-root';
import { evidenceIn, factsOf, storedPages } from './facts-sample/facts';

/*
 * `npm run facts:sample -- --n 100 --seed 7`: N facts of the bundled data (data/*.json) drawn at random (seeded, so a
 * reader gets the same sample), each with its source URLs (`--stored`: only facts citing a page stored here) and, where this machine stores the page (../shared: the dev
 * and bulk corpora, the seed page), the evidence span around the words that state it, for a reader to judge
 * "stated by its source page" or not (issue 13, item 4). Pages are read at run time and never copied into the
 * repository. A fact whose page is not stored is printed with its URL only: judge it at the URL.
 */
const program = new Command()
  .name('facts-sample')
  .option('--n <count>', 'how many facts', '100')
  .option('--seed <number>', 'the random seed (the same seed gives the same sample)', '1')
  .option('--data <dir>', 'the vet-facts folder', path.join(projectRoot(), 'data'))
  .option(
    '--shared <dir>',
    'the shared reference folder holding corpus/ and seeds/',
    path.join(projectRoot(), '..', 'shared'),
  )
  .option('--stored', 'draw only facts citing a page stored here (so all of them can be judged on this machine)')
  .option('--json', 'print JSON instead of Markdown')
  .parse();

const options = program.opts<{
  n: string;
  seed: string;
  data: string;
  shared: string;
  stored?: boolean;
  json?: boolean;
}>();
const count = Number(options.n);
if (!Number.isInteger(count) || count < 1) {
  console.error('--n must be a positive whole number');
  process.exit(2);
}
faker.seed(Number(options.seed) || 1);
const pages = storedPages(options.shared);
const facts = factsOf(options.data).filter((fact) => !options.stored || fact.sources.some((url) => pages.has(url)));
const sample = faker.helpers.arrayElements(facts, Math.min(count, facts.length)).map((fact) => ({
  ...fact,
  evidence: fact.sources.map((url) => ({
    url,
    span: pages.has(url) ? (evidenceIn(pages.get(url)!, fact.cues) ?? null) : undefined,
  })),
}));

if (options.json) {
  console.log(JSON.stringify(sample, null, 2));
} else {
  const stored = sample.filter((f) => f.evidence.some((e) => e.span !== undefined)).length;
  const found = sample.filter((f) => f.evidence.some((e) => typeof e.span === 'string')).length;
  console.log(
    `# ${sample.length} of ${facts.length} facts (seed ${options.seed}); ${stored} with a stored source page, ${found} with evidence found in it\n`,
  );
  sample.forEach((fact, i) => {
    console.log(`${i + 1}. ${fact.statement}`);
    for (const e of fact.evidence) {
      const note =
        e.span === undefined
          ? '(page not stored here: judge at the URL)'
          : e.span === null
            ? '(no cue found in the stored page)'
            : e.span;
      console.log(`   - ${e.url}\n     ${note}`);
    }
  });
}
