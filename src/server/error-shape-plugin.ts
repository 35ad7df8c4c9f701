import { ApolloServerPlugin } from '@apollo/server';
import {
  GraphQLFormattedError,
  GraphQLSchema,
  isEnumType,
  isInputObjectType,
  isObjectType,
  isInterfaceType,
} from 'graphql';
import { GraphContext } from '../context/graph-context';

/** Most errors one answer lists; the rest are counted in `extensions.errorsNotShown` (issue 12: answers stay small). */
export const MAX_ERRORS_SHOWN = 10;

/**
 * Keeps error answers small and, in production, free of schema names introspection hides (issue 12, item 4):
 * - at most {@link MAX_ERRORS_SHOWN} errors, with the number left out in `extensions.errorsNotShown` (a document
 *   with hundreds of mistakes got as many errors back);
 * - with `hideSchemaNames` (production, where introspection is off), a quoted name of a type, field, argument, input
 *   field or enum value that the client did not write in its own document is shown as `"…"` (graphql-js names the
 *   expected type, e.g. `type "CreateOrganisationInput"`; Apollo's `hideSchemaDetailsFromClientErrors` removes its
 *   "Did you mean …?" suggestions).
 */
export function errorShapePlugin(schema: GraphQLSchema, hideSchemaNames: boolean): ApolloServerPlugin<GraphContext> {
  const names = hideSchemaNames ? schemaNames(schema) : new Set<string>();
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ request, response }) {
          if (response.body.kind !== 'single') return;
          const result = response.body.singleResult;
          if (!result.errors?.length) return;
          const written = new Set((request.query ?? '').match(/[_A-Za-z][_0-9A-Za-z]*/g) ?? []);
          // A quoted name or dotted path of names (`"Organisation.memberOf"`), each part judged on its own.
          const hide = (text: string) =>
            text.replace(/"([_A-Za-z][_0-9A-Za-z]*(?:\.[_A-Za-z][_0-9A-Za-z]*)*)"/g, (_quoted, path: string) => {
              const parts = path.split('.').map((name) => (names.has(name) && !written.has(name) ? '…' : name));
              return `"${parts.join('.')}"`;
            });
          const shown = result.errors
            .slice(0, MAX_ERRORS_SHOWN)
            .map((error) => (hideSchemaNames ? hideIn(error, hide) : error));
          const notShown = result.errors.length - shown.length;
          (result as { errors: GraphQLFormattedError[] }).errors = shown;
          if (notShown > 0) result.extensions = { ...result.extensions, errorsNotShown: notShown };
        },
      };
    },
  };
}

function hideIn(error: GraphQLFormattedError, hide: (text: string) => string): GraphQLFormattedError {
  const fields = error.extensions?.fields as Array<{ field: string; reason: string }> | undefined;
  return {
    ...error,
    message: hide(error.message),
    ...(Array.isArray(fields)
      ? { extensions: { ...error.extensions, fields: fields.map((f) => ({ field: f.field, reason: hide(f.reason) })) } }
      : {}),
  };
}

/** Every name the schema declares: types, their fields and arguments, input fields, enum values. */
function schemaNames(schema: GraphQLSchema): Set<string> {
  const names = new Set<string>();
  for (const type of Object.values(schema.getTypeMap())) {
    if (type.name.startsWith('__')) continue;
    names.add(type.name);
    if (isObjectType(type) || isInterfaceType(type) || isInputObjectType(type)) {
      for (const field of Object.values(type.getFields())) {
        names.add(field.name);
        for (const arg of 'args' in field ? field.args : []) names.add(arg.name);
      }
    }
    if (isEnumType(type)) for (const value of type.getValues()) names.add(value.name);
  }
  return names;
}
