import path from 'node:path';
import { projectRoot } from '../../src/project-root';
import { evidenceIn, factsOf } from '../../scripts/facts-sample/facts';

/* Issue 13, item 4: the quality check samples facts of the bundled data with their source and evidence span. */
describe('facts:sample (no database)', () => {
  it('reads every entity name, stated prop and relation of the bundled data, each with its sources', () => {
    const facts = factsOf(path.join(projectRoot(), 'data'));
    const louvain = facts.filter((f) => f.statement.includes('event:pla-trainers-2013-louvain-la-neuve is named'));
    expect(louvain).toHaveLength(1);
    expect(louvain[0].sources.length).toBeGreaterThan(0);
    expect(facts.every((f) => f.sources.length > 0 && f.cues.length > 0)).toBe(true);
    expect(facts.some((f) => /^".+" HOSTED_BY ".+"/.test(f.statement))).toBe(true);
  });

  it('finds the evidence span ignoring case and accents, and maps it back to the page as written', () => {
    const page = 'The meeting was held in Thessaloníki, at the Centre, on 3 June 2014.';
    expect(evidenceIn(page, ['THESSALONIKI'], 12)).toBe('…was held in [Thessaloníki], at the Cen…');
    expect(evidenceIn(page, ['Brussels', '2014'], 5)).toBe('…June [2014].…');
    expect(evidenceIn(page, ['Lisbon'])).toBeUndefined();
  });
});
