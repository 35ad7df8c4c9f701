import { useTestApi } from '../support/test-api';
import { emptyGraph } from '../support/test-graph';
import { authHeader } from '../support/tokens';

/**
 * Issue 12, item 1, for writes: mutation root fields run one after another, and each gets its own answer. A failing
 * one answers null with its error; the others run and say what they wrote (before, a failing field nulled `data` and
 * stopped the fields after it, and a write that had happened was not reported).
 */
describe('mutation root fields answer independently', () => {
  const fixture = useTestApi(emptyGraph);

  it('a failing first field does not stop the second, and the second reports what it wrote', async () => {
    const headers = await authHeader('editor');
    await fixture.api.query('mutation { createTopic(input: { name: "Taken topic" }) { id } }', {}, headers);
    const response = await fixture.api.query(
      'mutation { a: createTopic(input: { name: "Taken topic" }) { id } b: createTopic(input: { name: "Fresh topic" }) { id } }',
      {},
      headers,
    );
    expect(response.data).toEqual({ a: null, b: { id: 'topic:fresh-topic' } });
    expect(response.errors?.map((e) => [e.path, e.extensions?.code])).toEqual([[['a'], 'CONFLICT']]);
    const stored = await fixture.graph.cypher('MATCH (t:Topic) RETURN t.id AS id ORDER BY id');
    expect(stored).toEqual([{ id: 'topic:fresh-topic' }, { id: 'topic:taken-topic' }]);
  });

  it("a failing last field leaves the first one's answer in place", async () => {
    const headers = await authHeader('editor');
    const response = await fixture.api.query(
      'mutation { b: createTopic(input: { name: "Second fresh topic" }) { id } a: createTopic(input: { name: "Taken topic" }) { id } }',
      {},
      headers,
    );
    expect(response.data).toEqual({ b: { id: 'topic:second-fresh-topic' }, a: null });
    expect(response.errors?.map((e) => [e.path, e.extensions?.code])).toEqual([[['a'], 'CONFLICT']]);
  });
});
