import { extractDocument } from '../../src/pipelines/ingest/ingest.extract';
import { planCandidates } from '../../src/pipelines/ingest/ingest.plan';
import { dropUnstorable } from '../../src/pipelines/ingest/ingest.storable';

const PAGE =
  'Seminar on guidance in Namur\n\nThe seminar on guidance will take place in Namur (Belgium) on 3 June 2014. It is hosted by the Forem.';

/* Issue 11: a value that fails planning validation for one field is left out with a warning naming the field,
 * instead of refusing the whole page; only the event's own name is still refused (field case F10). */
describe('values that cannot be stored (no database)', () => {
  const page = extractDocument(PAGE);
  const planned = planCandidates(page.events[0], page, 'https://example.org/seminar');

  it('an event URL that is not a URL is dropped from the event, with a warning naming event.url, not echoing the value', () => {
    const entities = planned.entities.map((e) =>
      e.type === 'Event' ? { ...e, props: { ...e.props, url: 'not a url at all' } } : e,
    );
    const result = dropUnstorable({ entities, relations: planned.relations });
    expect(result.warnings).toEqual(['event.url left out: url must be a URL address']);
    expect(result.entities.find((e) => e.type === 'Event')!.props).not.toHaveProperty('url');
    expect(result.relations).toHaveLength(planned.relations.length);
  });

  it('a host name over 500 characters drops the host and its relationship, with a warning naming host.name', () => {
    const entities = planned.entities.map((e) => (e.role === 'host' ? { ...e, name: 'x'.repeat(600) } : e));
    const result = dropUnstorable({ entities, relations: planned.relations });
    expect(result.warnings).toEqual([
      'host.name left out: must be at most 500 characters (the extracted text has 600)',
    ]);
    expect(result.entities.map((e) => e.role)).not.toContain('host');
    expect(result.relations.map((r) => r.type)).not.toContain('HOSTED_BY');
  });

  it('an event name over 500 characters still refuses the event with BAD_USER_INPUT naming event.name', () => {
    const entities = planned.entities.map((e) => (e.type === 'Event' ? { ...e, name: 'é'.repeat(501) } : e));
    expect(() => dropUnstorable({ entities, relations: planned.relations })).toThrow(
      expect.objectContaining({
        extensions: {
          code: 'BAD_USER_INPUT',
          fields: [{ field: 'event.name', reason: 'must be at most 500 characters (the extracted text has 501)' }],
        },
      }),
    );
  });

  it('an event named in Greek or Cyrillic only gets a transliterated id and is stored, not refused', () => {
    const greek = extractDocument(
      'Ετήσιο Συνέδριο Επαγγελματικής Κατάρτισης\n\nΤο συνέδριο θα πραγματοποιηθεί στην Αθήνα στις 3 Ιουνίου 2019.',
    );
    const plan = planCandidates(greek.events[0], greek, 'https://example.org/synedrio');
    const event = plan.entities.find((e) => e.type === 'Event')!;
    expect(event.proposedId).toMatch(/^event:[a-z0-9-]*synedrio[a-z0-9-]*$/);
    expect(() => dropUnstorable(plan)).not.toThrow();
  });
});
