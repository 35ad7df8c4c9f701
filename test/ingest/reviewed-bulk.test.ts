import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadReviewedBulk } from '../../src/cli/ingest-eval/reviewed-bulk';

// Synthetic pages and reviews written for this test (no corpus text).
describe('the reviewed bulk pages as an evaluation corpus (ingest:eval --bulk-reviews)', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bulk-reviews-'));
  const pagesFile = path.join(dir, 'pages.jsonl');
  const reviews = path.join(dir, 'review');
  fs.mkdirSync(reviews);
  fs.writeFileSync(
    pagesFile,
    ['{"url":"https://example.org/a","text":"Page A"}', '{"url":"https://example.org/b","text":"Page B"}'].join('\n'),
  );

  it('pairs each review with its page by line number, fills the fields a review may omit, and splits by position', () => {
    fs.writeFileSync(
      path.join(reviews, 'r.jsonl'),
      [
        '{"page":1,"url":"https://example.org/b","pageType":"event","events":[{"title":"Forum B","city":"Riga"}]}',
        '{"page":0,"url":"https://example.org/a","pageType":"negative","events":[]}',
      ].join('\n'),
    );
    const pages = loadReviewedBulk(reviews, pagesFile);
    expect(pages.map((p) => [p.stem, p.text, p.heldOut])).toEqual([
      ['bulk-000', 'Page A', false],
      ['bulk-001', 'Page B', false],
    ]);
    expect(pages[1].expected.events[0]).toEqual({
      title: 'Forum B',
      city: 'Riga',
      countriesMentioned: [],
      otherCities: [],
    });
  });

  it('refuses a review whose URL is not the page at that line', () => {
    fs.writeFileSync(
      path.join(reviews, 'r.jsonl'),
      '{"page":0,"url":"https://example.org/b","pageType":"event","events":[]}\n',
    );
    expect(() => loadReviewedBulk(reviews, pagesFile)).toThrow('review of page 0 does not match pages.jsonl');
  });
});
