import { EntityType } from '../domain/entity-types';
import { EntityDefinition } from '../graph/entity-definition';
import { COUNTRY } from './country/country.definition';
import { PLACE } from './place/place.definition';
import { ORGANISATION } from './organisation/organisation.definition';
import { WORKING_GROUP } from './working-group/working-group.definition';
import { EVENT } from './event/event.definition';
import { PUBLICATION } from './publication/publication.definition';
import { POLICY_DOCUMENT } from './policy-document/policy-document.definition';
import { COMPETENCE_STANDARD } from './competence-standard/competence-standard.definition';
import { PERSON } from './person/person.definition';
import { TOPIC } from './topic/topic.definition';

/** Every entity type's definition, by type: used where the type is only known at run time (node(id:), _entities). */
export const ENTITY_DEFINITIONS: Record<EntityType, EntityDefinition<never>> = {
  Country: COUNTRY as EntityDefinition<never>,
  Place: PLACE as EntityDefinition<never>,
  Organisation: ORGANISATION as EntityDefinition<never>,
  WorkingGroup: WORKING_GROUP as EntityDefinition<never>,
  Event: EVENT as EntityDefinition<never>,
  Publication: PUBLICATION as EntityDefinition<never>,
  PolicyDocument: POLICY_DOCUMENT as EntityDefinition<never>,
  CompetenceStandard: COMPETENCE_STANDARD as EntityDefinition<never>,
  Person: PERSON as EntityDefinition<never>,
  Topic: TOPIC as EntityDefinition<never>,
};
