import { FilterCompiler, WhereScope } from '../../graph/entity-definition';
import { countryFilters, defineEntity, sortOn, yearRange } from '../../graph/define-entity';
import { asOfParam, eventActiveIn } from '../../graph/as-of-filters';
import { CypherParams } from '../../graph/cypher-identifiers';
import { inCountries, linkedVia, oneOf } from '../../graph/common-filters';
import { EventWhere } from './event.inputs';
import { seatedInCountryCodes } from '../organisation/organisation.seat';
import { seatedInCountryCodesAsOf } from '../organisation/organisation.seat-as-of';
import { EVENT_PRESENCE_FILTERS } from './event.presence';
import { EVENT_PROPERTIES } from './event.type';

const heldInCountries = inCountries((node) => `(${node})-[:HELD_IN]->()-[:LOCATED_IN*0..2]->(c:Country)`);

/** Seat condition for an organisation variable: now, or in the `asOf` year of the `where` (organisation.seat*.ts). */
const seated = (org: string, codesParam: string, params: CypherParams, scope?: WhereScope) => {
  const year = asOfParam(scope, params);
  return year ? seatedInCountryCodesAsOf(org, codesParam, year) : seatedInCountryCodes(org, codesParam);
};

/** Hosted by an organisation seated in one of the countries (organisation.seat.ts). */
const hostedInCountries: FilterCompiler<string[]> = (codes, node, params, scope) => {
  const upper = params.add(codes.map((code) => code.toUpperCase()));
  return `EXISTS { MATCH (${node})-[:HOSTED_BY]->(host:Organisation) WHERE ${seated('host', upper, params, scope)} }`;
};

/** A participating country, or a participating organisation seated in the country. */
const participantCountries: FilterCompiler<string[]> = (codes, node, params, scope) => {
  const upper = params.add(codes.map((code) => code.toUpperCase()));
  return `EXISTS { MATCH (${node})<-[:PARTICIPATED_IN]-(p) WHERE (p:Country AND p.code IN ${upper}) OR (p:Organisation AND ${seated('p', upper, params, scope)}) }`;
};

/** How events are stored, ordered and filtered (see EntityDefinition). `year` is derived from startDate on write. */
export const EVENT = defineEntity<EventWhere>('Event', EVENT_PROPERTIES, {
  sortKeys: { START_DATE: sortOn('startDate', 'date'), YEAR: sortOn('year', 'number'), NAME: sortOn('searchKey') },
  filters: {
    ...EVENT_PRESENCE_FILTERS,
    kinds: oneOf('kind'),
    ...countryFilters(heldInCountries),
    hostCountryCodes: hostedInCountries,
    participantCountryCodes: participantCountries,
    ...yearRange('year'),
    organisedBy: linkedVia((node) => `(${node})-[:ORGANISED_BY]->(other)`),
    hostedBy: linkedVia((node) => `(${node})-[:HOSTED_BY]->(other)`),
    participant: linkedVia((node) => `(${node})<-[:PARTICIPATED_IN]-(other)`),
    topic: linkedVia((node) => `(${node})-[:ABOUT]->(other)`),
    activeIn: eventActiveIn,
  },
});
