import { ResolvedEntity, ResolvedPlan, ResolvedRelation } from '../../src/pipelines/ingest/ingest.resolve';
import { reviewPlan } from '../../src/pipelines/ingest/ingest.review';

const span = { start: 0, end: 4, text: 'text' };
const entity = (
  id: string,
  type: ResolvedEntity['type'],
  action: ResolvedEntity['action'],
  confidence: number,
  extra: Partial<ResolvedEntity> = {},
): ResolvedEntity => ({
  key: id,
  role: type === 'Event' ? 'event' : 'host',
  type,
  proposedId: id,
  id,
  name: id.split(':')[1],
  props: {},
  confidence,
  span,
  action,
  ...extra,
});
const relation = (from: string, type: ResolvedRelation['type'], to: string, confidence: number): ResolvedRelation => ({
  fromKey: from,
  toKey: to,
  from,
  to,
  type,
  confidence,
  span,
  action: 'CREATE',
});

/* Issue 11, item 3: what is written as a fact and what is queued for review (no database). */
describe('reviewPlan', () => {
  const plan: ResolvedPlan = {
    entities: [
      entity('event:seminar-2022', 'Event', 'CREATE', 0.9, {
        props: { startDate: '2022-03-03', kind: 'SEMINAR' },
        propEvidence: { startDate: { confidence: 0.9, span }, kind: { confidence: 0.6, span } },
      }),
      entity('org:forem', 'Organisation', 'CREATE', 0.85),
      entity('org:forem-namur', 'Organisation', 'CREATE', 0.85, {
        review: { reason: 'SIMILAR_NAME', why: 'resembles', similarTo: { id: 'org:le-forem', name: 'Le Forem' } },
      }),
      entity('topic:guidance', 'Topic', 'LINK', 0.7),
    ],
    relations: [
      relation('event:seminar-2022', 'HOSTED_BY', 'org:forem', 0.85),
      relation('event:seminar-2022', 'ORGANISED_BY', 'org:forem-namur', 0.85),
      relation('event:seminar-2022', 'ABOUT', 'topic:guidance', 0.7),
    ],
  };
  const reviewed = reviewPlan(plan, 'source:abc');

  it('writes the certain event (without its uncertain kind), its certain host and that relationship only', () => {
    expect(reviewed.facts.entities.filter((e) => e.action === 'CREATE').map((e) => [e.id, e.props])).toEqual([
      ['event:seminar-2022', { startDate: '2022-03-03' }],
      ['org:forem', {}],
    ]);
    expect(reviewed.facts.relations.map((r) => r.type)).toEqual(['HOSTED_BY']);
  });

  it('queues the kind, the resembling organiser with its relationship, and the uncertain topic link', () => {
    expect(reviewed.proposals.map((p) => [p.kind, p.reason, p.field, p.change.nodes.map((n) => n.id)])).toEqual([
      ['PROPERTY', 'BELOW_THRESHOLD', 'kind', []],
      ['RELATIONSHIP', 'SIMILAR_NAME', 'ORGANISED_BY', ['org:forem-namur']],
      ['RELATIONSHIP', 'BELOW_THRESHOLD', 'ABOUT', []],
    ]);
    expect(reviewed.proposals[1].similarTo).toEqual({ id: 'org:le-forem', name: 'Le Forem' });
    expect(new Set(reviewed.proposals.map((p) => p.id)).size).toBe(3);
    expect(reviewed.reported.entities.find((e) => e.id === 'org:forem-namur')!.action).toBe('PROPOSE');
  });

  it('the same plan and document always give the same proposal ids', () => {
    expect(reviewPlan(plan, 'source:abc').proposals.map((p) => p.id)).toEqual(reviewed.proposals.map((p) => p.id));
    expect(reviewPlan(plan, 'source:other').proposals[0].id).not.toBe(reviewed.proposals[0].id);
  });
});
