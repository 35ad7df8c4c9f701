import { CorpusPage } from './corpus';
import { Count, Field, FIELDS, HEADLINE_FIELDS, PageScore } from './score';

/** The figures of one part of the corpus. */
export interface PartSummary {
  part: string;
  pages: number;
  fields: Record<Field, Count & { precision: number | null; recall: number | null; f1: number | null }>;
  /** Mean F1 over HEADLINE_FIELDS (a field with nothing expected and nothing found counts as 1). */
  meanF1: number;
  listingPages: { right: number; of: number };
  negativePages: { right: number; of: number };
  eventsPerPageRight: { right: number; of: number };
  unsupportedDates: number;
  fragments: number;
}

/**
 * Sums page scores into one part's figures: micro-averaged precision, recall and F1 per field, the mean F1 over the
 * headline fields, listing pages with the right number of events, negative pages with none, and the counts of dates
 * the pages do not support and of fragment names.
 */
export function summarise(part: string, pages: CorpusPage[], scores: PageScore[]): PartSummary {
  const fields = {} as PartSummary['fields'];
  for (const field of FIELDS) {
    const sum = scores.reduce(
      (acc, s) => ({
        tp: acc.tp + s.fields[field].tp,
        fp: acc.fp + s.fields[field].fp,
        fn: acc.fn + s.fields[field].fn,
      }),
      { tp: 0, fp: 0, fn: 0 },
    );
    const precision = sum.tp + sum.fp ? sum.tp / (sum.tp + sum.fp) : null;
    const recall = sum.tp + sum.fn ? sum.tp / (sum.tp + sum.fn) : null;
    const f1 = precision === null && recall === null ? null : (2 * sum.tp) / (2 * sum.tp + sum.fp + sum.fn);
    fields[field] = { ...sum, precision, recall, f1 };
  }
  const byStem = new Map(pages.map((page) => [page.stem, page]));
  const listing = scores.filter((s) => s.expectedEvents > 1 || byStem.get(s.stem)?.expected.pageType === 'listing');
  const negative = scores.filter((s) => s.expectedEvents === 0);
  return {
    part,
    pages: scores.length,
    fields,
    meanF1: HEADLINE_FIELDS.reduce((sum, field) => sum + (fields[field].f1 ?? 1), 0) / HEADLINE_FIELDS.length,
    listingPages: { right: listing.filter((s) => s.foundEvents === s.expectedEvents).length, of: listing.length },
    negativePages: { right: negative.filter((s) => s.foundEvents === 0).length, of: negative.length },
    eventsPerPageRight: { right: scores.filter((s) => s.foundEvents === s.expectedEvents).length, of: scores.length },
    unsupportedDates: scores.reduce((sum, s) => sum + s.unsupportedDates.length, 0),
    fragments: scores.reduce((sum, s) => sum + s.fragments.length, 0),
  };
}

const pct = (value: number | null) => (value === null ? '–' : `${(value * 100).toFixed(1)} %`);

/** The parts side by side as one Markdown table (F1 per field, then the page-level figures). */
export function formatSummaries(parts: PartSummary[]): string {
  const head = `| field | ${parts.map((p) => `${p.part} (${p.pages} pages): P / R / F1`).join(' | ')} |`;
  const rule = `|---|${parts.map(() => '---:').join('|')}|`;
  const rows = FIELDS.map((field) => {
    const mark = HEADLINE_FIELDS.includes(field) ? '**' : '';
    const cells = parts.map((p) => {
      const f = p.fields[field];
      return `${pct(f.precision)} / ${pct(f.recall)} / ${pct(f.f1)}`;
    });
    return `| ${mark}${field}${mark} | ${cells.join(' | ')} |`;
  });
  const line = (label: string, cell: (p: PartSummary) => string) => `| ${label} | ${parts.map(cell).join(' | ')} |`;
  return [
    head,
    rule,
    ...rows,
    line('**mean F1 (bold fields)**', (p) => `**${pct(p.meanF1)}**`),
    line('listing pages with every event', (p) => `${p.listingPages.right} of ${p.listingPages.of}`),
    line('pages about no event left empty', (p) => `${p.negativePages.right} of ${p.negativePages.of}`),
    line('pages with the right number of events', (p) => `${p.eventsPerPageRight.right} of ${p.eventsPerPageRight.of}`),
    line('dates written that the page does not support', (p) => String(p.unsupportedDates)),
    line('names created from fragments', (p) => String(p.fragments)),
  ].join('\n');
}
