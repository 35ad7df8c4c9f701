import { acceptProposal } from '../../src/pipelines/ingest/ingest.proposal-queue';
import { ingestDocument } from '../../src/pipelines/ingest/ingest.service';
import { untitledEventName } from '../../src/pipelines/ingest/ingest.untitled';
import { emptyGraph, openTestGraph, TestGraph } from '../support/test-graph';

/*
 * An event a page describes without naming it (ingest.untitled.ts): written when its kind and start date are sure,
 * under a name that describes it, never the guessed title; proposed whole when they are not. Synthetic pages in the
 * style of the corpus's news items (never corpus text).
 */

const UNNAMED_SEMINAR =
  "News\n\nThe ministry's seminar on 14 May 2019 in Vienna looks at how apprenticeships can support adult " +
  'learners. It is hosted by the Austrian Federal Economic Chamber (WKO).';

describe('events a page does not name', () => {
  let graph: TestGraph;
  beforeAll(async () => {
    graph = await openTestGraph();
  });
  beforeEach(() => emptyGraph(graph));
  afterAll(() => graph.close());

  const ingest = (text: string, sourceUrl: string, dryRun = false) =>
    ingestDocument(graph.executor, { text, sourceUrl, dryRun, actor: 'test-untitled' });

  it('writes a sure kind and date under a description: name, date, place and host, with a warning', async () => {
    const report = await ingest(UNNAMED_SEMINAR, 'https://example.org/news/item-4711');

    expect(report.events.map((e) => [e.id, e.name, e.action])).toEqual([
      ['event:untitled-seminar-vienna-14-may-2019', 'Untitled seminar, Vienna, 14 May 2019', 'CREATE'],
    ]);
    expect(report.warnings).toContain(
      'event.name: the page gives the event no name; written as "Untitled seminar, Vienna, 14 May 2019" ' +
        '(the guessed title is not used)',
    );
    const [stored] = await graph.cypher(
      `MATCH (e:Event {id: 'event:untitled-seminar-vienna-14-may-2019'})
       OPTIONAL MATCH (e)-[:HELD_IN]->(p:Place)
       OPTIONAL MATCH (e)-[:HOSTED_BY]->(h:Organisation)
       RETURN e.name AS name, e.kind AS kind, toString(e.startDate) AS startDate, e.year AS year,
              p.name AS city, h.name AS host`,
    );
    expect(stored).toEqual({
      name: 'Untitled seminar, Vienna, 14 May 2019',
      kind: 'SEMINAR',
      startDate: '2019-05-14',
      year: 2019,
      city: 'Vienna',
      host: 'Austrian Federal Economic Chamber',
    });
  });

  it('the same page again changes nothing: the described event is found by its id', async () => {
    await ingest(UNNAMED_SEMINAR, 'https://example.org/news/item-4711');
    const count = () => graph.cypher('MATCH (n) RETURN count(n) AS n');
    const before = await count();
    const again = await ingest(UNNAMED_SEMINAR, 'https://example.org/news/item-4711');
    expect(again.events.map((e) => e.action)).toEqual(['LINK']);
    expect(await count()).toEqual(before);
  });

  it('proposes the event whole when its date is not sure: no year, nothing written', async () => {
    const page = UNNAMED_SEMINAR.replace('14 May 2019', '14 May');
    const report = await ingest(page, 'https://example.org/news/apprenticeships-seminar');

    expect(report.events.map((e) => [e.name, e.action])).toEqual([['Seminar in Vienna', 'PROPOSE']]);
    expect(report.proposals.find((p) => p.field === 'node')).toMatchObject({
      reason: 'BELOW_THRESHOLD',
      why: 'its title is inferred, not read',
    });
    expect(await graph.cypher('MATCH (e:Event) RETURN e.id AS id')).toEqual([]);
  });

  it('writes an event whose heading is only a headline under a description; the heading is a name proposal', async () => {
    const page =
      'Experts discussed skills anticipation at Cedefop forum\n\nThe policy learning forum on skills anticipation ' +
      'took place in Thessaloniki on 3 and 4 October 2019. Experts from twenty countries attended.';
    const report = await ingest(page, 'https://example.org/news/item-88');

    const described = 'Untitled forum, Thessaloniki, 3 – 4 October 2019';
    expect(report.events.map((e) => [e.id, e.name, e.action])).toEqual([
      ['event:untitled-forum-thessaloniki-3-4-october-2019', described, 'CREATE'],
    ]);
    const nameProposal = report.proposals.find((p) => p.field === 'name');
    expect(nameProposal).toMatchObject({
      kind: 'PROPERTY',
      reason: 'BELOW_THRESHOLD',
      targetId: 'event:untitled-forum-thessaloniki-3-4-october-2019',
      proposedValue: '{"name":"Experts discussed skills anticipation at Cedefop forum"}',
      why: `its title was read with confidence 0.6, below 0.75: written as "${described}"`,
    });
    expect(nameProposal!.evidence.text).toBe('Experts discussed skills anticipation at Cedefop forum');

    // An editor who judges the heading a name accepts it: the event is renamed and found under the new name only.
    await acceptProposal(graph.executor, nameProposal!.id, 'editor');
    const [renamed] = await graph.cypher(
      `MATCH (e:Event {id: 'event:untitled-forum-thessaloniki-3-4-october-2019'})
       RETURN e.name AS name, e.searchKey CONTAINS 'experts discussed' AS foundByNew,
              e.searchKey CONTAINS 'untitled' AS foundByOld, toString(e.startDate) AS startDate`,
    );
    expect(renamed).toEqual({
      name: 'Experts discussed skills anticipation at Cedefop forum',
      foundByNew: true,
      foundByOld: false,
      startDate: '2019-10-03',
    });
  });

  it('an untitled event agrees with a stored event by the title its page gave', async () => {
    // Stored under the page's heading (as an editor who accepted it would have left it); the page names no city, so
    // only the title can confirm the match.
    await graph.cypher(`
      CREATE (:Entity:Event {id: 'event:forum-2019', name: 'Experts discussed skills anticipation at Cedefop forum',
        searchKey: 'experts discussed skills anticipation at cedefop forum', kind: 'FORUM',
        startDate: date('2019-10-03'), endDate: date('2019-10-04'), year: 2019})`);
    const page =
      'Experts discussed skills anticipation at Cedefop forum\n\nThe policy learning forum on skills anticipation ' +
      'took place on 3 and 4 October 2019. Experts from twenty countries attended.';
    const report = await ingest(page, 'https://example.org/news/item-89');
    expect(report.events.map((e) => [e.id, e.action])).toEqual([['event:forum-2019', 'LINK']]);
    expect(await graph.cypher('MATCH (e:Event) RETURN e.id AS id')).toEqual([{ id: 'event:forum-2019' }]);
  });

  it('describes a range, a one-day event and an event without a sure city', () => {
    expect(untitledEventName('CONFERENCE', '2009-06-11', '2009-06-12', 'Thessaloniki')).toBe(
      'Untitled conference, Thessaloniki, 11 – 12 June 2009',
    );
    expect(untitledEventName('PEER_LEARNING_ACTIVITY', '2020-06-30', '2020-07-01')).toBe(
      'Untitled peer learning activity, 30 June – 1 July 2020',
    );
    expect(untitledEventName('WEBINAR', '2021-11-19', '2021-11-19')).toBe('Untitled webinar, 19 November 2021');
  });
});
