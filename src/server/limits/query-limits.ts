import { ApolloServerPlugin } from '@apollo/server';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { DocumentNode, GraphQLError, GraphQLSchema, ValidationRule } from 'graphql';
import { LRUCache } from 'lru-cache';
import { getComplexity } from 'graphql-query-complexity';
import { QueryLimitsConfig } from '../../config';
import { filterShape, pageCostEstimator } from './query-cost';

/** Apollo plugins here work for any context type (the armor's and ours alike). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the context type Apollo's plugin lists are built over
type AnyContext = any;

/** An operation's estimated cost and the most conditions in one of its `where` arguments. */
interface Estimate {
  cost: number;
  /** The most conditions of one `where` argument, and the field it is an argument of. */
  conditions: number;
  conditionsField?: string;
  /** The deepest AND/OR/NOT nesting of one `where` argument, and the field it is an argument of. */
  nesting: number;
  nestingField?: string;
}

/** Variables longer than this (as JSON) are not part of a cache key: the estimate is computed each time. */
const MAX_CACHED_VARIABLES_LENGTH = 2_048;

/** What Apollo Server needs to enforce the query limits. */
export interface QueryLimitGuards {
  validationRules: ValidationRule[];
  plugins: ApolloServerPlugin<AnyContext>[];
  /** graphql-js parse options: the token limit is checked while lexing, before any tree is built. */
  parseOptions: { maxTokens: number };
}

/**
 * The limits on one GraphQL document (configured in {@link QueryLimitsConfig}):
 * - depth, aliases and directives: graphql-armor validation rules (introspection is exempt from depth), so a
 *   rejected query gets GRAPHQL_VALIDATION_FAILED with a message like "Query depth limit of 12 exceeded, found 14.";
 * - tokens: graphql-js's own `maxTokens` parse option (GRAPHQL_PARSE_FAILED);
 * - cost: graphql-query-complexity with {@link pageCostEstimator}, computed once the operation and its variables are
 *   known (validation rules do not see variables, and `first: $n` must count), refused with HTTP 400,
 *   GRAPHQL_VALIDATION_FAILED and `extensions.cost` / `extensions.maxCost`;
 * - filter conditions: at most `maxFilterConditions` in one `where` (through AND/OR/NOT), and at most
 *   `maxFilterNesting` levels of AND/OR/NOT, checked in the same pass with `extensions.conditions` /
 *   `extensions.maxFilterConditions` and `extensions.nesting` / `extensions.maxFilterNesting`;
 * - field suggestions ("Did you mean …") are removed from errors when `hideSuggestions` (production), so the schema
 *   cannot be guessed field by field when introspection is off.
 * The body size is limited by the JSON body parser (http-app.ts).
 */
export function queryLimitGuards(
  limits: QueryLimitsConfig,
  maxPageSize: number,
  hideSuggestions: boolean,
  exposeCost = false,
): QueryLimitGuards {
  const armor = new ApolloArmor({
    maxDepth: { n: limits.maxDepth, ignoreIntrospection: true },
    maxAliases: { n: limits.maxAliases },
    maxDirectives: { n: limits.maxDirectives },
    costLimit: { enabled: false },
    maxTokens: { enabled: false },
    blockFieldSuggestion: { enabled: hideSuggestions },
  }).protect();
  return {
    validationRules: armor.validationRules as ValidationRule[],
    plugins: [
      ...(armor.plugins as ApolloServerPlugin<AnyContext>[]),
      costLimitPlugin(limits.maxCost, maxPageSize, limits.maxFilterConditions, exposeCost, limits.maxFilterNesting),
    ],
    parseOptions: { maxTokens: limits.maxTokens },
  };
}

/**
 * Refuses an operation whose estimated cost (see query-cost.ts) is above `maxCost`, or one of whose `where`
 * arguments has more than `maxFilterConditions` conditions or nests AND/OR/NOT more than `maxFilterNesting` levels
 * deep (filterShape), before any resolver runs; the message names the field whose `where` it is. With `exposeCost`, every answer
 * carries `extensions.cost: { estimated, limit }`, so a client sees how close a query is before it is refused.
 */
export function costLimitPlugin(
  maxCost: number,
  maxPageSize: number,
  maxFilterConditions = Infinity,
  exposeCost = false,
  maxFilterNesting = Infinity,
): ApolloServerPlugin<AnyContext> {
  const pageCost = pageCostEstimator(maxPageSize);
  // The schema is fixed, so an estimate depends only on the document, the operation and the variables: dashboards and
  // partner systems send the same few requests over and over, and the walk is a visible share of a small request.
  const estimates = new LRUCache<string, Estimate>({ max: 1_000 });
  const estimate = (
    document: DocumentNode,
    schema: GraphQLSchema,
    operationName: string | undefined,
    variables: Record<string, unknown>,
  ): Estimate | undefined => {
    const worst: Omit<Estimate, 'cost'> = { conditions: 0, nesting: 0 };
    const estimators = [
      (options: Parameters<typeof pageCost>[0]) => {
        const { conditions, nesting } = filterShape(options.args.where);
        if (conditions > worst.conditions) Object.assign(worst, { conditions, conditionsField: options.field.name });
        if (nesting > worst.nesting) Object.assign(worst, { nesting, nestingField: options.field.name });
        return pageCost(options);
      },
    ];
    try {
      return { cost: getComplexity({ schema, query: document, variables, operationName, estimators }), ...worst };
    } catch {
      // Variables that do not fit their types: execution refuses them with a precise message.
      return undefined;
    }
  };
  return {
    async requestDidStart() {
      let estimated: number | undefined;
      return {
        async willSendResponse({ response }) {
          if (!exposeCost || estimated === undefined || response.body.kind !== 'single') return;
          const result = response.body.singleResult;
          result.extensions = { ...result.extensions, cost: { estimated, limit: maxCost } };
        },
        async didResolveOperation({ request, document, schema, operationName, queryHash }) {
          const variables = request.variables ?? {};
          const serialised = JSON.stringify(variables);
          // Large variables (a document to ingest) are not worth keeping as a key.
          const key =
            queryHash && serialised.length <= MAX_CACHED_VARIABLES_LENGTH
              ? `${queryHash}|${operationName ?? ''}|${serialised}`
              : undefined;
          let found = key ? estimates.get(key) : undefined;
          if (!found) {
            found = estimate(document, schema, operationName ?? undefined, variables);
            if (!found) return;
            if (key) estimates.set(key, found);
          }
          const { cost, conditions, nesting } = found;
          estimated = cost;
          if (nesting > maxFilterNesting) {
            throw new GraphQLError(
              `The where argument of ${found.nestingField} nests AND/OR/NOT ${nesting} levels deep, more than the ` +
                `limit of ${maxFilterNesting}; write the conditions flatter.`,
              {
                extensions: {
                  code: 'GRAPHQL_VALIDATION_FAILED',
                  nesting,
                  maxFilterNesting,
                  http: { status: 400 },
                },
              },
            );
          }
          if (conditions > maxFilterConditions) {
            throw new GraphQLError(
              `The where argument of ${found.conditionsField} has ${conditions} conditions, more than the limit of ` +
                `${maxFilterConditions}; split the question.`,
              {
                extensions: {
                  code: 'GRAPHQL_VALIDATION_FAILED',
                  conditions,
                  maxFilterConditions,
                  http: { status: 400 },
                },
              },
            );
          }
          if (cost > maxCost) {
            throw new GraphQLError(
              `Query cost ${cost} exceeds the limit of ${maxCost}; ask for smaller pages (first/last) or less nesting.`,
              {
                extensions: { code: 'GRAPHQL_VALIDATION_FAILED', cost, maxCost, http: { status: 400 } },
              },
            );
          }
        },
      };
    },
  };
}
