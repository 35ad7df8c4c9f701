import { defineEntity, sortOn } from '../../graph/define-entity';
import { linkedVia } from '../../graph/common-filters';
import { PersonWhere } from './person.inputs';
import { PERSON_PROPERTIES } from './person.type';

/** How people are stored, ordered and filtered (see EntityDefinition). */
export const PERSON = defineEntity<PersonWhere>('Person', PERSON_PROPERTIES, {
  sortKeys: { NAME: sortOn('searchKey') },
  filters: { worksFor: linkedVia((node) => `(${node})-[:WORKS_FOR]->(other)`) },
});
