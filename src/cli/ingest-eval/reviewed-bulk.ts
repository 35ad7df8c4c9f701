import fs from 'node:fs';
import path from 'node:path';
import { CorpusPage, ExpectedEvent, ExpectedPage, isHeldOut } from './corpus';

/**
 * The bulk corpus as an evaluation corpus: each page of `pagesFile` (JSON Lines of `{url, text}`, read at run time,
 * never copied) with the facts an editor took from it (`reviewDir/*.jsonl`, one `{page, url, events, ...}` a line,
 * `page` being the line number in `pagesFile`, counted from 0). The bulk pages were never used to write the
 * extractor's rules, so every one of them is unseen; the held-out split of isHeldOut is kept for comparison.
 * @throws Error when a review names a page the file does not have, or a URL that differs from the page's
 */
export function loadReviewedBulk(reviewDir: string, pagesFile: string): CorpusPage[] {
  const pages = fs
    .readFileSync(pagesFile, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as { url: string; text: string });
  const reviews = fs
    .readdirSync(reviewDir)
    // The first review only: the later passes (people, stated relations, places of placeless events) hold no events.
    .filter((file) => file.endsWith('.jsonl') && !/^(people|relations|places)-/.test(file))
    .sort()
    .flatMap((file) =>
      fs
        .readFileSync(path.join(reviewDir, file), 'utf8')
        .split('\n')
        .filter((line) => line.trim() !== ''),
    )
    .map((line) => JSON.parse(line) as ExpectedPage & { page: number });
  return reviews
    .sort((a, b) => a.page - b.page)
    .map((review, position) => {
      const page = pages[review.page];
      if (!page || page.url !== review.url)
        throw new Error(`review of page ${review.page} does not match ${path.basename(pagesFile)}`);
      const events = review.events.map(
        (event: Partial<ExpectedEvent>) => ({ countriesMentioned: [], otherCities: [], ...event }) as ExpectedEvent,
      );
      return {
        stem: `bulk-${String(review.page).padStart(3, '0')}`,
        text: page.text,
        expected: { ...review, truncated: false, events },
        heldOut: isHeldOut(position),
      };
    });
}
