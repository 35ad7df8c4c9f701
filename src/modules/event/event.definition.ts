import { EntityDefinition } from '../../graph/entity-definition';
import { atLeast, atMost, idIn, inCountries, inCountry, linkedVia, nameContains, oneOf, relatedTo } from '../../graph/common-filters';
import { EventWhere } from './event.inputs';

const heldInCountries = inCountries('(NODE)-[:HELD_IN]->()-[:LOCATED_IN*0..2]->(c:Country)');

/** How events are stored, ordered and filtered (see EntityDefinition). `year` is derived from startDate on write. */
export const EVENT: EntityDefinition<EventWhere> = {
  type: 'Event',
  fields: ['kind', 'startDate', 'endDate', 'startDateTime', 'endDateTime', 'year', 'involvement', 'url', 'summary'],
  sortKeys: {
    START_DATE: { property: 'startDate', kind: 'date' },
    YEAR: { property: 'year', kind: 'number' },
    NAME: { property: 'name', kind: 'string' },
  },
  defaultOrder: { field: 'START_DATE', direction: 'ASC' },
  filters: {
    ids: idIn,
    nameContains,
    relatedTo,
    kinds: oneOf('kind'),
    countryCode: inCountry(heldInCountries),
    countryCodes: heldInCountries,
    yearFrom: atLeast('year'),
    yearTo: atMost('year'),
    organisedBy: linkedVia('(NODE)-[:ORGANISED_BY]->(other)'),
    hostedBy: linkedVia('(NODE)-[:HOSTED_BY]->(other)'),
    participant: linkedVia('(NODE)<-[:PARTICIPATED_IN]-(other)'),
    topic: linkedVia('(NODE)-[:ABOUT]->(other)'),
  },
};
