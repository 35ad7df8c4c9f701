import { ASTNode, GraphQLError, Kind, parse, ValueNode, visit } from 'graphql';
import { FieldProblem } from './api-errors';

/*
 * GraphQL rejects a value that does not fit its type (a Date that does not exist, a string for an Int, an unknown
 * input field, a missing required one) before any resolver runs, with a message but no field path a client can act
 * on. These helpers recover the path, so such errors list their field like every other BAD_USER_INPUT does:
 * `input.startDate` for a literal in the document (argument, then input fields and list indexes), `$input.startDate`
 * for a variable's value.
 */

const VARIABLE_VALUE = /^Variable "\$(\w+)" got invalid value .*? at "([^"]+)"; ([\s\S]*)$/;
const VARIABLE_WHOLE = /^Variable "\$(\w+)" (?:got invalid value [\s\S]*?; |of (?:required|non-null) type [\s\S]*)/;

/** graphql-js's own messages when it coerces a field's arguments during execution (graphql/execution/values.js). */
const ARGUMENT_VALUE =
  /^Argument "(\w+)" (?:of non-null type "[^"]+" must not be null\.|of required type "[^"]+" was provided the variable "\$\w+" which was not provided a runtime value\.|has invalid value [\s\S]*)$/;

/**
 * The field problem of an argument graphql-js refused while executing a field (`search(first: $n)` with `n: null`
 * for a non-null `first`), or undefined. graphql-js raises these as plain GraphQLErrors without a code, so they would
 * be masked as internal errors although the client sent the value (found by the README check).
 * @param error the error a resolver path produced, unwrapped
 */
export function argumentValueProblem(error: unknown): FieldProblem | undefined {
  if (!(error instanceof GraphQLError) || error.originalError) return undefined;
  const match = ARGUMENT_VALUE.exec(error.message);
  return match ? { field: match[1], reason: error.message } : undefined;
}

/**
 * The field problem of a GraphQL request error about an input value, or undefined when it is not one.
 * @param error a GraphQLError from validation (literals) or variable coercion, with its source and nodes
 */
export function inputValueProblem(error: GraphQLError): FieldProblem | undefined {
  const variable = VARIABLE_VALUE.exec(error.message);
  if (variable) return { field: `$${variable[2]}`, reason: variable[3] };
  const whole = VARIABLE_WHOLE.exec(error.message);
  if (whole) return { field: `$${whole[1]}`, reason: error.message };
  const field = literalPath(error);
  return field ? { field, reason: error.message } : undefined;
}

/** The argument path (`input.startDate`, `where.OR[1].yearFrom`) of the literal the error points at, or undefined. */
function literalPath(error: GraphQLError): string | undefined {
  const target = error.nodes?.[0]?.loc;
  const body = error.source?.body;
  if (!target || !body) return undefined;
  let document;
  try {
    document = parse(body);
  } catch {
    return undefined;
  }
  const at = (node: ASTNode) => node.loc?.start === target.start && node.loc?.end === target.end;
  let found: string | undefined;
  const search = (value: ValueNode, path: string): void => {
    if (found) return;
    if (at(value)) found = path;
    else if (value.kind === Kind.OBJECT) {
      for (const field of value.fields) {
        if (at(field) || at(field.name)) found = `${path}.${field.name.value}`;
        else search(field.value, `${path}.${field.name.value}`);
      }
    } else if (value.kind === Kind.LIST) value.values.forEach((item, index) => search(item, `${path}[${index}]`));
  };
  visit(document, {
    Argument(node) {
      if (found) return;
      if (at(node) || at(node.name)) found = node.name.value;
      else search(node.value, node.name.value);
    },
  });
  return found;
}
