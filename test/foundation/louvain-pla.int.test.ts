import { useTestApi } from '../support/test-api';
import { loadBundledData } from '../support/test-graph';

const LOUVAIN_PLA = `
  query LouvainPla($id: ID!) {
    event(id: $id) {
      id name kind startDate endDate involvement
      contacts { nodes { id name } }
      hostedBy { nodes { id name acronym } }
      heldIn { nodes { id name country { code name } } }
      countries { nodes { code } }
      workingGroups {
        nodes {
          id name
          mandatedBy { nodes { id title year kind } }
          events(where: { kinds: [PEER_LEARNING_ACTIVITY] }) { nodes { id } }
        }
      }
      citedPublications { nodes { id title publishedBy { nodes { id acronym } } } }
    }
  }`;

describe('the 2013 peer learning activity in Louvain-la-Neuve, through HTTP (issue 2, seed document)', () => {
  const fixture = useTestApi(loadBundledData);

  it('answers with its dates, host, place, country, working group, mandate and cited publication', async () => {
    const response = await fixture.api.query(LOUVAIN_PLA, { id: 'event:pla-trainers-2013-louvain-la-neuve' });
    expect(response.status).toBe(200);
    expect(response.errors).toBeUndefined();
    const event = response.data!.event;
    expect(event).toMatchObject({
      kind: 'PEER_LEARNING_ACTIVITY',
      startDate: '2013-05-28',
      endDate: '2013-05-30',
      involvement: 'CEDEFOP_INVOLVEMENT',
    });
    expect(event.contacts.nodes).toEqual([{ id: 'person:irina-jemeljanova', name: 'Irina Jemeljanova' }]);
    expect(event.hostedBy.nodes).toEqual([{ id: 'org:forem', name: 'Le Forem', acronym: 'Forem' }]);
    expect(event.heldIn.nodes).toEqual([
      { id: 'place:louvain-la-neuve', name: 'Louvain-la-Neuve', country: { code: 'BE', name: 'Belgium' } },
    ]);
    expect(event.countries.nodes).toEqual([{ code: 'BE' }]);
    expect(event.workingGroups.nodes).toHaveLength(1);
    const group = event.workingGroups.nodes[0];
    expect(group).toMatchObject({
      id: 'wg:et2020-twg-trainers-vet',
      name: 'Thematic working group on professional development of trainers in VET',
    });
    expect(group.mandatedBy.nodes).toEqual([
      expect.objectContaining({
        id: 'policy:bruges-communique-2010',
        year: 2010,
        kind: 'COMMUNIQUE',
        title: expect.stringMatching(/^Bruges Communiqué/),
      }),
    ]);
    expect(group.events.nodes.map((e: { id: string }) => e.id)).toContain('event:pla-trainers-2013-louvain-la-neuve');
    expect(event.citedPublications.nodes).toEqual([
      {
        id: 'pub:trainers-in-continuing-vet-emerging-competence-profile',
        title: 'Trainers in continuing VET: emerging competence profile',
        publishedBy: { nodes: [{ id: 'org:cedefop', acronym: 'Cedefop' }] },
      },
    ]);
  });

  it('finds the same event by a global node(id:) lookup', async () => {
    const response = await fixture.api.query(
      '{ node(id: "event:pla-trainers-2013-louvain-la-neuve") { __typename id ... on Event { startDate } } }',
    );
    expect(response.data!.node).toEqual({
      __typename: 'Event',
      id: 'event:pla-trainers-2013-louvain-la-neuve',
      startDate: '2013-05-28',
    });
  });
});
