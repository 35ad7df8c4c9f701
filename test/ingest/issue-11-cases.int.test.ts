import { acceptProposal } from '../../src/pipelines/ingest/ingest.proposal-queue';
import { ingestDocument, IngestRequest } from '../../src/pipelines/ingest/ingest.service';
import { emptyGraph, openTestGraph, TestGraph } from '../support/test-graph';

/*
 * The cases of issue 11 against the real Neo4j, each with its expected values. The pages are short synthetic pages
 * in the style of the examples (never corpus text).
 */

const ingest = (graph: TestGraph, text: string, sourceUrl: string, dryRun = false) =>
  ingestDocument(graph.executor, { text, sourceUrl, dryRun, actor: 'test-issue-11' } satisfies IngestRequest);

/** Everything about one node: its props (timestamps aside) and its relationships, sorted. */
async function nodeState(graph: TestGraph, id: string) {
  const [node] = await graph.cypher('MATCH (n {id: $id}) RETURN properties(n) AS props', { id });
  const links = await graph.cypher(
    'MATCH (n {id: $id})-[r]-(m) RETURN type(r) AS type, m.id AS other ORDER BY type, other',
    { id },
  );
  return { props: node?.props, links };
}

describe('issue 11 cases on the real Neo4j', () => {
  let graph: TestGraph;
  beforeAll(async () => {
    graph = await openTestGraph();
  });
  beforeEach(() => emptyGraph(graph));
  afterAll(() => graph.close());

  it('wrong-event match: a page without a city, on the same dates in the same country, leaves the existing event unchanged and makes proposals', async () => {
    // The existing event: a peer learning activity held in Portugal (country only) on 12-13 June 2013.
    await graph.cypher(`
      CREATE (c:Entity:Country {id: 'country:PT', name: 'Portugal', code: 'PT', searchKey: 'portugal'})
      CREATE (e:Entity:Event {id: 'event:pla-apprenticeships-2013', name: 'Peer learning activity on apprenticeships', searchKey: 'peer learning activity on apprenticeships',
        kind: 'PEER_LEARNING_ACTIVITY', startDate: date('2013-06-12'), endDate: date('2013-06-13'), year: 2013})
      CREATE (e)-[:HELD_IN]->(c)`);
    const before = await nodeState(graph, 'event:pla-apprenticeships-2013');
    const page =
      'Conference on adult learning\n\nThe conference on adult learning took place in Portugal on 12 and 13 June 2013. It was hosted by the Portuguese Adult Learning Institute.';
    const report = await ingest(graph, page, 'https://example.org/events/adult-learning-conference');

    expect(await nodeState(graph, 'event:pla-apprenticeships-2013')).toEqual(before);
    expect(report.events.map((e) => [e.id, e.action])).toEqual([
      ['event:conference-on-adult-learning-2013', 'PROPOSE'],
    ]);
    const eventProposal = report.proposals.find((p) => p.kind === 'ENTITY');
    expect(eventProposal).toMatchObject({
      reason: 'PARTIAL_MATCH',
      targetId: 'event:conference-on-adult-learning-2013',
      similarTo: { id: 'event:pla-apprenticeships-2013', name: 'Peer learning activity on apprenticeships' },
      why: 'the same dates, but the page names no city to confirm it',
    });
    expect(report.proposals.map((p) => p.field).sort()).toEqual(['HELD_IN', 'HOSTED_BY', 'node']);
    // Nothing of the page is a fact: no new event, no host; the proposals are stored with their document.
    expect(await graph.cypher('MATCH (n:Entity) RETURN n.id AS id ORDER BY id')).toEqual([
      { id: 'country:PT' },
      { id: 'event:pla-apprenticeships-2013' },
    ]);
    const stored = await graph.cypher(
      'MATCH (p:Proposal)-[:PROPOSED_FROM]->(d:SourceDocument) RETURN p.status AS status, p.reason AS reason, p.field AS field, d.url AS url ORDER BY field',
    );
    expect(stored).toEqual([
      {
        status: 'PENDING',
        reason: 'PARTIAL_MATCH',
        field: 'HELD_IN',
        url: 'https://example.org/events/adult-learning-conference',
      },
      {
        status: 'PENDING',
        reason: 'PARTIAL_MATCH',
        field: 'HOSTED_BY',
        url: 'https://example.org/events/adult-learning-conference',
      },
      {
        status: 'PENDING',
        reason: 'PARTIAL_MATCH',
        field: 'node',
        url: 'https://example.org/events/adult-learning-conference',
      },
    ]);

    // An editor decides it is another event and accepts its host: exactly the proposal is written, the new event and
    // host it needs with it; the existing event stays as it was.
    const hostedBy = report.proposals.find((p) => p.field === 'HOSTED_BY')!;
    expect(hostedBy.change.nodes.map((n) => n.id)).toEqual([
      'event:conference-on-adult-learning-2013',
      'org:portuguese-adult-learning-institute',
    ]);
    await acceptProposal(graph.executor, hostedBy.id, 'editor');
    await expect(acceptProposal(graph.executor, hostedBy.id, 'editor')).rejects.toMatchObject({
      extensions: { code: 'CONFLICT' },
    });
    expect(
      await graph.cypher(
        'MATCH (e:Event)-[r:HOSTED_BY]->(o:Organisation) RETURN e.id AS event, e.startDate AS start, o.name AS host, r.confidence AS confidence',
      ),
    ).toEqual([
      {
        event: 'event:conference-on-adult-learning-2013',
        start: '2013-06-12',
        host: 'Portuguese Adult Learning Institute',
        confidence: 0.85,
      },
    ]);
    expect(await nodeState(graph, 'event:pla-apprenticeships-2013')).toEqual(before);
    expect(
      await graph.cypher('MATCH (o:Organisation)-[:EXTRACTED_FROM]->(d:SourceDocument) RETURN d.url AS url'),
    ).toEqual([{ url: 'https://example.org/events/adult-learning-conference' }]);
  });

  it('an acronym two organisations share picks neither: the host is a proposal naming the ambiguity', async () => {
    await graph.cypher(`
      CREATE (:Entity:Organisation {id: 'org:etf', name: 'European Training Foundation', acronym: 'ETF', searchKey: 'european training foundation | etf'})
      CREATE (:Entity:Organisation {id: 'org:education-trust-fund', name: 'Education Trust Fund', acronym: 'ETF', searchKey: 'education trust fund | etf'})`);
    const page =
      'Seminar on guidance in Namur\n\nThe seminar on guidance will take place in Namur (Belgium) on 3 June 2014. It is hosted by the ETF.';
    const report = await ingest(graph, page, 'https://example.org/events/seminar-guidance');
    const host = report.entities.find((e) => e.role === 'host')!;
    expect([host.name, host.action, host.matchedBy]).toEqual(['ETF', 'PROPOSE', undefined]);
    expect(report.proposals.find((p) => p.field === 'HOSTED_BY')).toMatchObject({
      reason: 'AMBIGUOUS_NAME',
      why: 'its name names 2 stored entities: "European Training Foundation", "Education Trust Fund"',
    });
    expect(await graph.cypher('MATCH (:Event)-[r:HOSTED_BY]->() RETURN count(r) AS count')).toEqual([{ count: 0 }]);
  });

  it('a generic name ("Ministry of National Education") is not linked to the stored one: the host is a proposal', async () => {
    await graph.cypher(`
      CREATE (:Entity:Organisation {id: 'org:ministry-of-national-education', name: 'Ministry of National Education', searchKey: 'ministry of national education'})`);
    const page =
      'Seminar on guidance in Namur\n\nThe seminar on guidance will take place in Namur (Belgium) on 3 June 2014. It is hosted by the Ministry of National Education.';
    const report = await ingest(graph, page, 'https://example.org/events/seminar-guidance-ministry');
    const host = report.entities.find((e) => e.role === 'host')!;
    expect([host.name, host.action, host.matchedBy]).toEqual(['Ministry of National Education', 'PROPOSE', undefined]);
    expect(report.proposals.find((p) => p.field === 'HOSTED_BY')).toMatchObject({
      reason: 'AMBIGUOUS_NAME',
      why: 'a generic name, which says what kind of body it is, not which one: it may or may not be "Ministry of National Education"',
    });
    expect(await graph.cypher('MATCH (:Event)-[r:HOSTED_BY]->() RETURN count(r) AS count')).toEqual([{ count: 0 }]);
  });

  it('a generic name no stored body answers to ("Education Ministry") is not created: an editor names the body', async () => {
    const page =
      'Seminar on apprenticeships in Valletta\n\nThe seminar on apprenticeships will take place in Valletta (Malta) on 5 May 2017. It is organised in collaboration with the Education Ministry.';
    const report = await ingest(graph, page, 'https://example.org/events/seminar-apprenticeships-valletta');
    const organiser = report.entities.find((e) => e.name === 'Education Ministry')!;
    expect([organiser.role, organiser.action]).toEqual(['organiser', 'PROPOSE']);
    expect(report.proposals.find((p) => p.field === 'ORGANISED_BY')).toMatchObject({
      reason: 'AMBIGUOUS_NAME',
      why: 'a generic name, which says what kind of body it is, not which one: an editor names the body',
    });
    expect(await graph.cypher("MATCH (o:Organisation {name: 'Education Ministry'}) RETURN count(o) AS count")).toEqual([
      { count: 0 },
    ]);
  });

  it('NFD page: the same event, city and host as the NFC page (no "Re" organisation), linked not duplicated', async () => {
    const nfc =
      'Seminar on work-based learning in Liège\n\nThe seminar on work-based learning will take place in Liège (Belgium) on 3 and 4 March 2022. It is hosted by Réseau Formation Liège.';
    const first = await ingest(graph, nfc, 'https://example.org/events/seminar-liege');
    const second = await ingest(graph, nfc.normalize('NFD'), 'https://example.org/events/seminar-liege');
    const summary = (r: typeof first) => r.entities.map((e) => [e.role, e.id, e.name]);
    expect(summary(second)).toEqual(summary(first));
    expect(summary(first)).toEqual(
      expect.arrayContaining([
        ['event', 'event:seminar-on-work-based-learning-in-liege-2022', 'Seminar on work-based learning in Liège'],
        ['city', 'place:liege', 'Liège'],
        ['host', 'org:reseau-formation-liege', 'Réseau Formation Liège'],
      ]),
    );
    expect(second.entities.filter((e) => e.action === 'CREATE').map((e) => e.id)).toEqual([]);
    expect(second.events.map((e) => [e.action, e.matchedBy])).toEqual([['LINK', 'id']]);
    expect(await graph.cypher('MATCH (e:Event) RETURN e.name AS name, e.startDate AS start, e.endDate AS end')).toEqual(
      [{ name: 'Seminar on work-based learning in Liège', start: '2022-03-03', end: '2022-03-04' }],
    );
    expect(await graph.cypher('MATCH (o:Organisation) RETURN o.name AS name')).toEqual([
      { name: 'Réseau Formation Liège' },
    ]);
  });

  it('trailing whitespace and a tab on the heading line do not change the title', async () => {
    const clean =
      'Workshop on skills forecasting\n\nThe workshop on skills forecasting will take place in Vienna (Austria) on 8 May 2019.';
    const report = await ingest(
      graph,
      clean.replace('forecasting\n', 'forecasting \t\n'),
      'https://example.org/events/workshop-skills',
    );
    expect([report.title.value, report.title.origin]).toEqual(['Workshop on skills forecasting', 'heading']);
    expect(
      await graph.cypher(
        'MATCH (e:Event)-[:HELD_IN]->(p:Place) RETURN e.id AS id, e.name AS name, e.startDate AS start, p.name AS city',
      ),
    ).toEqual([
      {
        id: 'event:workshop-on-skills-forecasting-2019',
        name: 'Workshop on skills forecasting',
        start: '2019-05-08',
        city: 'Vienna',
      },
    ]);
  });

  it('a reversed slash range is refused on write, not swapped; nothing is written', async () => {
    const page =
      'Peer learning activity on guidance\n\nEvent Date(s)\n12/06/2013 - 05/06/2013\n\nThe peer learning activity took place in Porto, Portugal.';
    await expect(ingest(graph, page, 'https://example.org/events/pla-guidance')).rejects.toMatchObject({
      extensions: {
        code: 'BAD_USER_INPUT',
        fields: [
          {
            field: 'text',
            reason:
              'the document cannot be ingested: the dates "12/06/2013 - 05/06/2013" end before they start; refused, not swapped',
          },
        ],
      },
    });
    expect(await graph.cypher('MATCH (n) RETURN count(n) AS count')).toEqual([{ count: 0 }]);
    const dryRun = await ingest(graph, page, 'https://example.org/events/pla-guidance', true);
    expect(dryRun.events[0].props.startDate).toBeUndefined();
  });

  it('a listing page with several events writes every one, each with its own dates and city', async () => {
    const page = [
      'Newsletter of the network',
      '',
      'Regional seminar on work-based learning',
      '',
      'A regional seminar on work-based learning will take place in Tallinn on 3 and 4 March 2022, organised by the national agency.',
      '',
      'Annual plenary meeting',
      '',
      'The annual plenary meeting of the network will be held in Lisbon on 9 and 10 November 2022.',
    ].join('\n');
    const report = await ingest(graph, page, 'https://example.org/newsletter-2022');
    // The second heading is generic ("Annual plenary meeting": which network's?), read below the threshold: that
    // event is written under a description, its heading proposed as its name (ingest.untitled.ts).
    const plenary = 'event:untitled-plenary-lisbon-9-10-november-2022';
    expect(report.events.map((e) => [e.id, e.action])).toEqual([
      ['event:regional-seminar-on-work-based-learning-2022', 'CREATE'],
      [plenary, 'CREATE'],
    ]);
    expect(
      await graph.cypher(
        'MATCH (e:Event) RETURN e.name AS name, e.kind AS kind, e.startDate AS start, e.endDate AS end ORDER BY start',
      ),
    ).toEqual([
      { name: 'Regional seminar on work-based learning', kind: 'SEMINAR', start: '2022-03-03', end: '2022-03-04' },
      {
        name: 'Untitled plenary, Lisbon, 9 – 10 November 2022',
        kind: 'PLENARY',
        start: '2022-11-09',
        end: '2022-11-10',
      },
    ]);
    expect(report.proposals.filter((p) => p.field === 'name').map((p) => [p.targetId, p.proposedValue])).toEqual([
      [plenary, '{"name":"Annual plenary meeting"}'],
    ]);
    // Each with its own city: "will take place in Tallinn on 3 and 4 March" ties the city to the event (0.85,
    // ingest.event-place.ts), so it is written, not proposed, although the page names no country.
    expect(report.proposals.filter((p) => p.field === 'HELD_IN')).toEqual([]);
    expect(
      await graph.cypher('MATCH (e:Event)-[:HELD_IN]->(p:Place) RETURN e.id AS id, p.name AS city ORDER BY id'),
    ).toEqual([
      { id: 'event:regional-seminar-on-work-based-learning-2022', city: 'Tallinn' },
      { id: plenary, city: 'Lisbon' },
    ]);
    expect(
      await graph.cypher('MATCH (d:SourceDocument) RETURN count(d) AS count, collect(d.language) AS languages'),
    ).toEqual([{ count: 1, languages: ['en'] }]);
  });

  it('a rescheduled event gets its new dates and its virtual flag, never the original ones', async () => {
    const page =
      'Annual conference on VET excellence\n\nOriginally scheduled for 4 and 5 June 2020 in Thessaloniki, the annual conference on VET excellence will now take place virtually on 30 June and 1 July 2020.';
    const report = await ingest(graph, page, 'https://example.org/events/vet-excellence-2020');
    expect(report.warnings).toEqual([]);
    expect(
      await graph.cypher(
        'MATCH (e:Event) OPTIONAL MATCH (e)-[:HELD_IN]->(p) RETURN e.startDate AS start, e.endDate AS end, e.virtual AS virtual, p.id AS place',
      ),
    ).toEqual([{ start: '2020-06-30', end: '2020-07-01', virtual: true, place: null }]);
  });

  it('a heading that cannot be a name (a year, a topic word) is never the name: the event is written untitled', async () => {
    const body = 'Brussels, 4-5 December 2025\n\nConference organised by the European Commission.';
    const described = 'event:untitled-conference-brussels-4-5-december-2025';
    const reports = [];
    for (const [heading, url] of [
      ['2025', 'https://example.org/year-heading'],
      ['Apprenticeships', 'https://example.org/topic-heading'],
    ]) {
      reports.push(await ingest(graph, `${heading}\n\n${body}`, url));
    }
    // The kind and dates are sure, so the event is written under a description (ingest.untitled.ts); the second page
    // describes the same conference and is linked to it. Neither heading is proposed as a name.
    expect(reports.map((r) => r.events.map((e) => [e.id, e.action]))).toEqual([
      [[described, 'CREATE']],
      [[described, 'LINK']],
    ]);
    expect(await graph.cypher('MATCH (e:Event) RETURN e.name AS name')).toEqual([
      { name: 'Untitled conference, Brussels, 4 – 5 December 2025' },
    ]);
    expect(reports.flatMap((r) => r.proposals).filter((p) => p.field === 'name' || p.field === 'node')).toEqual([]);
  });
});
