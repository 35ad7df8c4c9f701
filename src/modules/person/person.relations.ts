import { RelationSpec } from '../../graph/relation-loader';
import { outgoing } from '../../graph/relation-specs';
import { EVENT } from '../event/event.definition';
import { ORGANISATION } from '../organisation/organisation.definition';
import { PUBLICATION } from '../publication/publication.definition';

/** The relationship fields of Person, keyed by field name (see RelationSpec). */
export const PERSON_RELATIONS = {
  worksFor: outgoing('Person.worksFor', 'WORKS_FOR', ORGANISATION),
  contactForEvents: outgoing('Person.contactForEvents', 'CONTACT_FOR', EVENT),
  contactForPublications: outgoing('Person.contactForPublications', 'CONTACT_FOR', PUBLICATION),
} satisfies Record<string, RelationSpec>;
