import { EntityDefinition, FilterCompiler } from '../../graph/entity-definition';
import { atLeast, atMost, idIn, inCountry, linkedVia, nameContains, oneOf, relatedTo } from '../../graph/common-filters';
import { OrganisationWhere } from './organisation.inputs';

const seatedIn: FilterCompiler<string[]> = (codes, node, params) => {
  const upper = params.add(codes.map((code) => code.toUpperCase()));
  return `(${node}.countryCode IN ${upper} OR EXISTS { MATCH (${node})-[:LOCATED_IN*1..2]->(c:Country) WHERE c.code IN ${upper} })`;
};

/** How organisations are stored, ordered and filtered (see EntityDefinition). */
export const ORGANISATION: EntityDefinition<OrganisationWhere> = {
  type: 'Organisation',
  fields: ['acronym', 'kind', 'countryCode', 'founded', 'altNames', 'summary'],
  sortKeys: {
    NAME: { property: 'name', kind: 'string' },
    ACRONYM: { property: 'acronym', kind: 'string' },
    FOUNDED: { property: 'founded', kind: 'number' },
  },
  defaultOrder: { field: 'NAME', direction: 'ASC' },
  filters: {
    ids: idIn,
    nameContains,
    relatedTo,
    kinds: oneOf('kind'),
    countryCode: inCountry(seatedIn),
    countryCodes: seatedIn,
    yearFrom: atLeast('founded'),
    yearTo: atMost('founded'),
    memberOf: linkedVia('(NODE)-[:MEMBER_OF]->(other)'),
  },
};
