import { GraphQLError, GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { ValidationError } from 'class-validator';
import { ApiError, BadUserInputError, FieldProblem } from './api-errors';
import { argumentValueProblem, inputValueProblem } from './input-value-problems';
import { excerpt, withoutEchoedValues } from './value-excerpts';

/** Codes produced by GraphQL itself or Apollo Server for requests the client can fix; passed through as they are. */
const CLIENT_REQUEST_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
]);

/** The message every unexpected error is replaced with. */
export const MASKED_MESSAGE = 'Internal server error';

/**
 * Apollo `formatError`: the one place that decides what a client sees. Our own {@link ApiError}s pass with their
 * code; class-validator failures become one BAD_USER_INPUT listing each field and reason; GraphQL's own request
 * errors pass; everything else (driver errors, Cypher text, bugs) is masked as INTERNAL_SERVER_ERROR. Stack traces
 * never leave, whatever NODE_ENV says (field case F14). The request id is added by the error-logging plugin.
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  return withoutValues(formatOwn(formatted, error));
}

/**
 * The error with every value it quotes cut to a short excerpt in its message and left out of `fields[].reason`, so a
 * value sent is never shown whole, nor twice, whatever its size (issue 12, field case F18; value-excerpts.ts).
 */
function withoutValues(formatted: GraphQLFormattedError): GraphQLFormattedError {
  const extensions = formatted.extensions as Record<string, unknown> | undefined;
  const fields = extensions?.fields as FieldProblem[] | undefined;
  return {
    ...formatted,
    message: withoutEchoedValues(formatted.message),
    ...(Array.isArray(fields)
      ? {
          extensions: {
            ...extensions,
            fields: fields.map((f) => ({ field: excerpt(f.field), reason: withoutEchoedValues(f.reason, false) })),
          },
        }
      : {}),
  };
}

function formatOwn(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  if (original instanceof ApiError)
    return withoutStack({ ...formatted, message: original.message, extensions: original.extensions });
  const validation = validationProblems(original) ?? oneProblem(argumentValueProblem(original));
  if (validation) {
    const input = new BadUserInputError(validation);
    return withoutStack({ ...formatted, message: input.message, extensions: input.extensions });
  }
  const code = formatted.extensions?.code;
  if (typeof code === 'string' && CLIENT_REQUEST_CODES.has(code) && original instanceof GraphQLError)
    return withoutStack(withInputField(withoutFalseSyntaxPrefix(formatted), original));
  return {
    message: MASKED_MESSAGE,
    locations: formatted.locations,
    path: formatted.path,
    extensions: { code: 'INTERNAL_SERVER_ERROR' },
  };
}

/**
 * True when `error` (as Apollo hands it to plugins, before formatting) is one the client caused and can fix: one of
 * our own errors, a class-validator failure, or GraphQL's own parse/validation/variable errors. These are answered
 * as they are and are not faults of the service; everything else is masked by {@link formatError}.
 */
export function isClientError(error: unknown): boolean {
  const original = unwrapResolverError(error);
  if (original instanceof ApiError || validationProblems(original) || argumentValueProblem(original)) return true;
  const code = (error as GraphQLError)?.extensions?.code;
  return typeof code === 'string' && CLIENT_REQUEST_CODES.has(code) && original instanceof GraphQLError;
}

/** True when `formatted` is an error that {@link formatError} masked. */
export function isMasked(formatted: GraphQLFormattedError): boolean {
  return formatted.extensions?.code === 'INTERNAL_SERVER_ERROR' && formatted.message === MASKED_MESSAGE;
}

/**
 * GraphQL's own errors about an input value (GRAPHQL_VALIDATION_FAILED for a literal, BAD_USER_INPUT for a variable)
 * get the `fields` list our BAD_USER_INPUT errors have, so a client finds the field the same way
 * (input-value-problems.ts).
 */
function withInputField(formatted: GraphQLFormattedError, original: GraphQLError): GraphQLFormattedError {
  if (formatted.extensions?.fields) return formatted;
  const problem = inputValueProblem(original);
  return problem ? { ...formatted, extensions: { ...formatted.extensions, fields: [problem] } } : formatted;
}

/**
 * graphql-armor words its depth, alias and directive refusals "Syntax Error: Query depth limit of 12 exceeded ...",
 * although the document parsed; real syntax errors are GRAPHQL_PARSE_FAILED, so the prefix is dropped from
 * validation errors.
 */
function withoutFalseSyntaxPrefix(formatted: GraphQLFormattedError): GraphQLFormattedError {
  const prefix = 'Syntax Error: ';
  return formatted.extensions?.code === 'GRAPHQL_VALIDATION_FAILED' && formatted.message.startsWith(prefix)
    ? { ...formatted, message: formatted.message.slice(prefix.length) }
    : formatted;
}

function withoutStack(formatted: GraphQLFormattedError): GraphQLFormattedError {
  if (!formatted.extensions) return formatted;
  // `http` (status and headers of a request refused as a whole) is for Apollo's response, not for the client's body.
  const {
    stacktrace: _stack,
    exception: _exception,
    validationErrors: _validation,
    http: _http,
    ...extensions
  } = formatted.extensions as Record<string, unknown>;
  return { ...formatted, extensions };
}

function oneProblem(problem: FieldProblem | undefined): FieldProblem[] | undefined {
  return problem && [problem];
}

/** The field problems of a type-graphql ArgumentValidationError (class-validator errors), or undefined. */
function validationProblems(error: unknown): FieldProblem[] | undefined {
  const list = (error as { extensions?: { validationErrors?: unknown } })?.extensions?.validationErrors;
  if (!Array.isArray(list) || !list.every((item) => item instanceof ValidationError)) return undefined;
  return toFieldProblems(list as ValidationError[]);
}

/**
 * Flattens class-validator errors into one {@link FieldProblem} per failed constraint, with dotted paths
 * (`input.endDate`, `where.AND[0].yearFrom`) below `prefix`.
 */
export function toFieldProblems(errors: ValidationError[], prefix = ''): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const walk = (items: ValidationError[], at: string) => {
    for (const item of items) {
      const field = /^\d+$/.test(item.property)
        ? `${at}[${item.property}]`
        : at
          ? `${at}.${item.property}`
          : item.property;
      for (const reason of Object.values(item.constraints ?? {})) problems.push({ field, reason });
      walk(item.children ?? [], field);
    }
  };
  walk(errors, prefix);
  return problems;
}
