import { matchKey, Registry, Relations } from './registry';

/**
 * Drops the topics this export created that only repeat the name of another entity ("European Green Deal" as a topic
 * beside the policy document, "WorldSkills Lyon 2024" beside the event, "ReferNet" beside the working group): editors
 * listed what a page is about, and a name that is an entity is that entity, not a subject. An event's ABOUT such a
 * topic becomes CITES when the entity is a policy document or publication it names; otherwise it is dropped (the
 * event is already linked to it, or it is the event itself). Bundled topics stay. Returns how many topics went.
 */
export function dropTopicsNamingEntities(registry: Registry, relations: Relations): number {
  const named = new Map<string, string>();
  for (const entity of registry.all()) {
    if (entity.type === 'Topic') continue;
    for (const name of [entity.name, entity.props.acronym])
      if (typeof name === 'string') named.set(matchKey('Topic', name), entity.id);
  }
  const dropped = registry
    .all()
    .filter((e) => e.type === 'Topic' && !registry.bundled.has(e.id) && named.has(matchKey('Topic', e.name)));
  for (const topic of dropped) {
    const entity = registry.get(named.get(matchKey('Topic', topic.name))!)!;
    for (const about of relations.removeWhere((r) => r.type === 'ABOUT' && r.to === topic.id)) {
      const cited = entity.type === 'PolicyDocument' || entity.type === 'Publication';
      if (cited && about.from.startsWith('event:')) relations.add(about.from, 'CITES', entity.id, about.sources);
    }
    registry.remove(topic.id);
  }
  return dropped.length;
}
