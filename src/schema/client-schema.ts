import { GraphQLSchema, isObjectType, isSpecifiedDirective, printSchema } from 'graphql';
import { MapperKind, mapSchema } from '@graphql-tools/utils';
import { buildGraphSchema } from './build-schema';

/** Types Apollo Federation adds to a subgraph; clients never query them directly. */
const FEDERATION_TYPES = new Set(['_Any', '_Entity', '_Service', 'FieldSet', 'link__Import', 'link__Purpose', 'federation__FieldSet', 'federation__Scope', 'federation__Policy']);
/** Root fields Apollo Federation adds for the gateway. */
const FEDERATION_ROOT_FIELDS = new Set(['_service', '_entities']);

/**
 * Strips federation from a subgraph schema: drops `_service`/`_entities`, the federation types and every
 * non-standard directive definition. Applied directives (`@key`, `@shareable`, `@link`) disappear too, because
 * graphql's `printSchema` prints only `@deprecated`/`@specifiedBy` applications.
 * Takes the running schema; returns a plain GraphQL schema that Relay, codegen and other clients accept.
 */
export function toClientSchema(schema: GraphQLSchema): GraphQLSchema {
  const mapped = mapSchema(schema, {
    [MapperKind.TYPE]: (type) => (FEDERATION_TYPES.has(type.name) ? null : type),
    [MapperKind.ROOT_OBJECT]: (type) => type,
    [MapperKind.QUERY_ROOT_FIELD]: (field, fieldName) => (FEDERATION_ROOT_FIELDS.has(fieldName) ? null : field),
    [MapperKind.DIRECTIVE]: (directive) => (isSpecifiedDirective(directive) ? directive : null),
  });
  const query = mapped.getQueryType();
  if (!query || !isObjectType(query)) throw new Error('client schema: the Query type is missing');
  return mapped;
}

/** The client SDL committed as schema/schema.client.graphql: the running schema without federation. */
export async function printClientSchema(): Promise<string> {
  return `${printSchema(toClientSchema(await buildGraphSchema())).trim()}\n`;
}
