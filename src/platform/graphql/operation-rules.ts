import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives';
import { getOperationAST, GraphQLError, NoSchemaIntrospectionCustomRule, parse, specifiedRules, validate, type DocumentNode, type GraphQLSchema, type ParseOptions, type ValidationContext, type ValidationRule } from 'graphql';
import { getVariableValues } from 'graphql/execution/values';
import { costError, operationCost } from './operation-cost';

/**
 * What one operation may ask for, and the rules it is validated by: one definition for every
 * transport (HTTP through Apollo Server, WebSocket through graphql-ws), so a limit or a production
 * restriction cannot hold on one and be missing on the other.
 */
export const OPERATION_LIMITS = { maxDepth: 12, maxAliases: 15, maxDirectives: 20, maxTokens: 3000 } as const;

/** Parsing stops after this many tokens (graphql-js' own limit): a huge document is a syntax error. */
export const PARSE_OPTIONS: ParseOptions = { maxTokens: OPERATION_LIMITS.maxTokens };

/**
 * The validation rules beyond graphql-js' specified ones: armor's depth, alias and directive
 * limits, and in production no introspection. Each reports a validation error (never throws). The
 * cost limit needs the variables (a page's size is one), so it is checked with the request
 * (operation-cost.ts: checkRequest here, the cost plugin over HTTP).
 */
export function extraValidationRules(production: boolean): ValidationRule[] {
  // Reported as validation errors (HTTP 400), not thrown out of validate() (a fault, HTTP 500).
  const report = { propagateOnRejection: false, onReject: [(context: ValidationContext | null, error: GraphQLError) => context?.reportError(error)] };
  const limits: ValidationRule[] = [
    maxDepthRule({ n: OPERATION_LIMITS.maxDepth, ignoreIntrospection: true, ...report }),
    maxAliasesRule({ n: OPERATION_LIMITS.maxAliases, ...report }),
    maxDirectivesRule({ n: OPERATION_LIMITS.maxDirectives, ...report }),
  ];
  return production ? [...limits, NoSchemaIntrospectionCustomRule] : limits;
}

/** Production answers name no fields or types the client did not ask for ("Did you mean ...?"). */
export function withoutSuggestions(message: string): string {
  return message.replace(/ ?Did you mean(.+?)\?$/, '');
}

/**
 * Parses and validates an operation outside Apollo (graphql-ws) exactly as Apollo does over HTTP:
 * the same parse limit, the same rules, the same hiding of suggestions in production. Returns the
 * document, or the errors to answer with.
 */
export function checkOperation(schema: GraphQLSchema, source: string, production: boolean): { document: DocumentNode } | { errors: GraphQLError[] } {
  let document: DocumentNode;
  try {
    document = parse(source, PARSE_OPTIONS);
  } catch (err) {
    const message = err instanceof GraphQLError ? err.message : 'Syntax Error: the operation could not be parsed';
    return { errors: [new GraphQLError(message, { extensions: { code: 'GRAPHQL_PARSE_FAILED' } })] };
  }
  const errors = validate(schema, document, [...specifiedRules, ...extraValidationRules(production)]);
  if (!errors.length) return { document };
  // The codes Apollo Server gives the same failures over HTTP.
  const message = (e: GraphQLError) => (production ? withoutSuggestions(e.message) : e.message);
  return { errors: errors.map((e) => new GraphQLError(message(e), { nodes: e.nodes, source: e.source, positions: e.positions, extensions: { ...e.extensions, code: 'GRAPHQL_VALIDATION_FAILED' } })) };
}

/**
 * The operation a request names, with its variables coerced, checked as Apollo checks them over
 * HTTP: an operation name the document lacks is OPERATION_RESOLUTION_FAILURE, a missing or
 * mistyped variable BAD_USER_INPUT, a cost over the limit OPERATION_TOO_COSTLY. Returns nothing
 * when all is fine, else the errors.
 */
export function checkRequest(schema: GraphQLSchema, document: DocumentNode, operationName: string | null | undefined, variables: Record<string, unknown> | null | undefined): GraphQLError[] | undefined {
  const operation = getOperationAST(document, operationName);
  if (!operation) {
    const message = operationName ? `Unknown operation named "${operationName}".` : 'Must provide operation name if query contains multiple operations.';
    return [new GraphQLError(message, { extensions: { code: 'OPERATION_RESOLUTION_FAILURE' } })];
  }
  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], variables ?? {}, { maxErrors: 20 });
  if (!coerced.errors) {
    const tooCostly = costError(operationCost(schema, document, operationName, variables));
    return tooCostly ? [tooCostly] : undefined;
  }
  return coerced.errors.map((e) => new GraphQLError(e.message, { nodes: e.nodes, source: e.source, positions: e.positions, extensions: { ...e.extensions, code: 'BAD_USER_INPUT' } }));
}
