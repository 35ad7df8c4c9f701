import { ApolloServerPlugin } from '@apollo/server';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { GraphQLError, ValidationRule } from 'graphql';
import { getComplexity } from 'graphql-query-complexity';
import { QueryLimitsConfig } from '../../config';
import { filterConditions, pageCostEstimator } from './query-cost';

/** What Apollo Server needs to enforce the query limits. */
export interface QueryLimitGuards {
  validationRules: ValidationRule[];
  plugins: ApolloServerPlugin<any>[];
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
 * - filter conditions: at most `maxFilterConditions` in one `where` (through AND/OR/NOT), checked in the same pass
 *   with `extensions.conditions` / `extensions.maxFilterConditions`;
 * - field suggestions ("Did you mean …") are removed from errors when `hideSuggestions` (production), so the schema
 *   cannot be guessed field by field when introspection is off.
 * The body size is limited by the JSON body parser (http-app.ts).
 */
export function queryLimitGuards(limits: QueryLimitsConfig, maxPageSize: number, hideSuggestions: boolean): QueryLimitGuards {
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
    plugins: [...(armor.plugins as ApolloServerPlugin<any>[]), costLimitPlugin(limits.maxCost, maxPageSize, limits.maxFilterConditions)],
    parseOptions: { maxTokens: limits.maxTokens },
  };
}

/**
 * Refuses an operation whose estimated cost (see query-cost.ts) is above `maxCost`, or one of whose `where`
 * arguments has more than `maxFilterConditions` conditions, before any resolver runs.
 */
export function costLimitPlugin(maxCost: number, maxPageSize: number, maxFilterConditions = Infinity): ApolloServerPlugin<any> {
  const pageCost = pageCostEstimator(maxPageSize);
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, schema, operationName }) {
          let conditions = 0;
          const estimators = [(options: Parameters<typeof pageCost>[0]) => {
            conditions = Math.max(conditions, filterConditions(options.args.where));
            return pageCost(options);
          }];
          let cost: number;
          try {
            cost = getComplexity({ schema, query: document, variables: request.variables ?? {}, operationName: operationName ?? undefined, estimators });
          } catch {
            // Variables that do not fit their types: execution refuses them with a precise message.
            return;
          }
          if (conditions > maxFilterConditions) {
            throw new GraphQLError(`A where argument has ${conditions} conditions, more than the limit of ${maxFilterConditions}; split the question.`, {
              extensions: { code: 'GRAPHQL_VALIDATION_FAILED', conditions, maxFilterConditions, http: { status: 400 } },
            });
          }
          if (cost > maxCost) {
            throw new GraphQLError(`Query cost ${cost} exceeds the limit of ${maxCost}; ask for smaller pages (first/last) or less nesting.`, {
              extensions: { code: 'GRAPHQL_VALIDATION_FAILED', cost, maxCost, http: { status: 400 } },
            });
          }
        },
      };
    },
  };
}
