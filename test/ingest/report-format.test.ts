import { formatIngestReport, IngestReport } from '../../src/pipelines/ingest/ingest.report';
import { ResolvedEntity } from '../../src/pipelines/ingest/ingest.resolve';

/** A report holding one event with the given props and evidence (the rest empty), as `summarise` builds them. */
function reportOf(props: Record<string, unknown>, evidence: Record<string, number>): IngestReport {
  const span = { start: 0, end: 1, text: 'x' };
  const event = {
    key: 'event',
    role: 'event',
    type: 'Event',
    proposedId: 'event:x',
    id: 'event:x',
    name: 'Workshop on VET data',
    action: 'CREATE',
    confidence: 0.9,
    span,
    props,
    propEvidence: Object.fromEntries(Object.entries(evidence).map(([key, confidence]) => [key, { confidence, span }])),
  } as unknown as ResolvedEntity;
  return {
    dryRun: true,
    alreadyIngested: false,
    document: { url: 'https://example.org/page' } as IngestReport['document'],
    title: { value: 'Workshop on VET data', origin: 'heading', confidence: 0.9, span },
    events: [event],
    entities: [event],
    relations: [],
    proposals: [],
    counts: {
      entitiesCreated: 1,
      entitiesLinked: 0,
      mentionsOnly: 0,
      relationsCreated: 0,
      relationsExisting: 0,
      proposals: 0,
    },
    warnings: [],
  };
}

describe("the ingestion CLI's plain report", () => {
  it("shows each event's kind and dates, marking what is only proposed", () => {
    const lines = (props: Record<string, unknown>, evidence: Record<string, number> = {}) =>
      formatIngestReport(reportOf(props, evidence)).split('\n')[2];
    expect(lines({ kind: 'WORKSHOP', startDate: '2031-05-01', endDate: '2031-05-02' })).toBe(
      '  event event:x: WORKSHOP, 2031-05-01 to 2031-05-02',
    );
    expect(lines({ kind: 'WORKSHOP', startDate: '2031-05-01', virtual: true }, { startDate: 0.7, virtual: 0.9 })).toBe(
      '  event event:x: WORKSHOP, 2031-05-01 (proposed), online',
    );
    expect(lines({})).toBe('  event event:x: kind unknown, no date');
  });
});
