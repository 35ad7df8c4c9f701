import { atOnce, codes, cycleCount, loadRaceFixture } from '../support/races';
import { useTestApi } from '../support/test-api';
import { authHeader } from '../support/tokens';

const LINK = 'mutation($input: LinkInput!) { link(input: $input) { created } }';
const UNLINK = 'mutation($input: UnlinkInput!) { unlink(input: $input) { type } }';
const RING = [
  ['event:race-e3', 'event:race-e4'],
  ['event:race-e4', 'event:race-e5'],
  ['event:race-e5', 'event:race-e6'],
  ['event:race-e6', 'event:race-e3'],
] as const;

describe('F17. Concurrent links break an acyclic rule and over-report `created`', () => {
  const fixture = useTestApi(loadRaceFixture, { RATE_LIMIT_MAX: '0' });

  it('20 identical links at once store one edge and exactly one answer says created: true', async () => {
    const editor = await authHeader('editor');
    const input = { type: 'HOSTED_BY', from: 'event:race-e1', to: 'org:race-o1' };
    const answers = await atOnce(20, () => fixture.api.query(LINK, { input }, editor));
    expect(codes(answers)).toEqual(Array(20).fill('OK'));
    expect(answers.filter((a) => a.data!.link.created === true)).toHaveLength(1);
    const [{ edges }] = await fixture.graph.cypher(
      'MATCH (:Event {id: "event:race-e1"})-[r:HOSTED_BY]->(:Organisation {id: "org:race-o1"}) RETURN count(r) AS edges',
    );
    expect(edges).toBe(1);
  });

  it.each(['FOLLOWS', 'PART_OF'])(
    'the four links of a %s ring sent at once: in each of 8 rounds one is refused as a cycle, none is stored',
    async (type) => {
      const editor = await authHeader('editor');
      for (let round = 0; round < 8; round += 1) {
        const answers = await atOnce(RING.length, (i) =>
          fixture.api.query(LINK, { input: { type, from: RING[i][0], to: RING[i][1] } }, editor),
        );
        const refused = answers.filter((a) => a.errors);
        expect(codes(answers).sort()).toEqual(['BAD_USER_INPUT', 'OK', 'OK', 'OK']);
        expect(refused[0].errors![0].message).toMatch(/cycle/);
        expect(refused[0].errors![0].extensions!.fields[0].field).toBe('input.to');
        expect(await cycleCount(fixture.graph, type as 'FOLLOWS' | 'PART_OF')).toBe(0);
        const [{ edges }] = await fixture.graph.cypher(`MATCH (:Event)-[r:${type}]->(:Event) RETURN count(r) AS edges`);
        expect(edges).toBe(3);
        for (const [i, answer] of answers.entries()) {
          if (answer.errors) continue;
          const unlinked = await fixture.api.query(
            UNLINK,
            { input: { type, from: RING[i][0], to: RING[i][1] } },
            editor,
          );
          expect(unlinked.errors).toBeUndefined();
        }
      }
    },
  );
});
