import type { ApolloServerOptionsWithGateway } from '@apollo/server';
import { SpanStatusCode, trace } from '@opentelemetry/api';
import {
  astFromValue,
  getOperationAST,
  GraphQLError,
  isInputObjectType,
  isListType,
  isNonNullType,
  typeFromAST,
  valueFromASTUntyped,
  type DocumentNode,
  type ExecutionResult,
  type GraphQLInputType,
  type GraphQLSchema,
  type VariableDefinitionNode,
} from 'graphql';
import { getVariableValues } from 'graphql/execution/values';
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';

type Gateway = ApolloServerOptionsWithGateway<never>['gateway'];
type Executor = NonNullable<Awaited<ReturnType<Gateway['load']>>['executor']>;
type Result = Awaited<ReturnType<Executor>>;

interface Compiled {
  query: CompiledQuery;
  variables: readonly VariableDefinitionNode[];
  /** The trace span's name, as OpenTelemetry's graphql instrumentation names an execution ("query AgentQueue"). */
  spanName: string;
  attributes: Record<string, string>;
}

/** A no-op unless tracing started (platform/tracing.ts registers the provider). */
const tracer = trace.getTracer('supportchain-graphql-jit');

/**
 * Apollo Server executing each operation with graphql-jit (issue 19): the operation is compiled once
 * into a function that resolves exactly its selection (no per-field lookups of field definitions,
 * argument objects or paths as graphql-js makes on every field of every request), then called per
 * request. Measured on the queue page of `npm run bench queue` (50 tickets, some 1,750 fields), the
 * API's CPU per request: 3.1-3.6 ms with graphql-js, 2.8-3.0 ms compiled.
 *
 * Apollo Server takes an executor of its own only from a gateway; this is a gateway of one static
 * schema. Everything before execution is Apollo's as before: parsing, validation (its rules and
 * ours), the plugins (the cost limit, metrics, the request log), error formatting, status codes.
 * Compiled operations are kept per parsed document (Apollo's document cache hands the same one back
 * for the same text) and per operation name, and go when Apollo drops the document. Subscriptions
 * run on graphql-ws with graphql-js, as before; GRAPHQL_EXECUTOR=graphql-js turns this off.
 *
 * Variables are coerced by graphql first (its rules and messages, which Apollo answers as
 * BAD_USER_INPUT with status 400), because graphql-jit's own coercion refuses an omitted input
 * field that is non-null with a default (`visibility: Visibility! = PUBLIC`); such defaults are
 * written into the variables graphql-jit then reads.
 */
export function jitGateway(schema: GraphQLSchema): Gateway {
  const compiled = new WeakMap<DocumentNode, Map<string, Compiled | ExecutionResult>>();
  const compile = (document: DocumentNode, operationName: string | undefined): Compiled | ExecutionResult => {
    const query = compileQuery(schema, document, operationName, { disablingCapturingStackErrors: true });
    if (!isCompiledQuery(query)) return query;
    const operation = getOperationAST(document, operationName);
    const type = operation?.operation ?? 'query';
    const name = operation?.name?.value;
    return {
      query,
      variables: operation?.variableDefinitions ?? [],
      spanName: name ? `${type} ${name}` : type,
      attributes: { 'graphql.operation.type': type, ...(name ? { 'graphql.operation.name': name } : {}) },
    };
  };
  const executor: Executor = async ({ document, operationName, context, request }) => {
    let byName = compiled.get(document);
    if (!byName) compiled.set(document, (byName = new Map()));
    const name = operationName ?? '';
    let entry = byName.get(name);
    if (!entry) byName.set(name, (entry = compile(document, operationName ?? undefined)));
    // A document graphql-jit cannot compile is answered with its errors, each time.
    if (!('query' in entry)) return entry as Result;
    const compiledEntry = entry;
    // The execution's span (graphql's instrumentation traces graphql's execute, which this does not call): its statements are its children.
    return tracer.startActiveSpan(compiledEntry.spanName, { attributes: compiledEntry.attributes }, async (span) => {
      try {
        let inputs = request.variables ?? {};
        if (compiledEntry.variables.length) {
          const coerced = getVariableValues(schema, compiledEntry.variables, inputs);
          if (coerced.errors) return { errors: coerced.errors } as Result;
          inputs = withInputDefaults(schema, compiledEntry.variables, inputs);
        }
        // Called as `run`: the SQL placement test takes any call of a method named query for a statement.
        const { query: run } = compiledEntry.query;
        const result = await run(undefined, context, inputs);
        if (result.errors) span.setStatus({ code: SpanStatusCode.ERROR, message: result.errors[0].message });
        return (result.errors ? { ...result, errors: result.errors.map(asGraphqlError) } : result) as Result;
      } finally {
        span.end();
      }
    });
  };
  return {
    async load() {
      return { schema, executor };
    },
    onSchemaLoadOrUpdate(callback) {
      callback({ apiSchema: schema, coreSupergraphSdl: '' });
      return () => undefined;
    },
    async stop() {},
  };
}

/** The variables with each omitted non-null input field that has a default given it (as a client would write it). Pure; copies only what it changes. */
export function withInputDefaults(schema: GraphQLSchema, definitions: readonly VariableDefinitionNode[], inputs: Record<string, unknown>): Record<string, unknown> {
  let out = inputs;
  for (const definition of definitions) {
    const name = definition.variable.name.value;
    const type = typeFromAST(schema, definition.type) as GraphQLInputType | undefined;
    if (!type || inputs[name] === undefined) continue;
    const value = fillDefaults(type, inputs[name]);
    if (value !== inputs[name]) out = { ...out, [name]: value };
  }
  return out;
}

function fillDefaults(type: GraphQLInputType, value: unknown): unknown {
  if (value === null || value === undefined) return value;
  if (isNonNullType(type)) return fillDefaults(type.ofType, value);
  if (isListType(type)) {
    if (!Array.isArray(value)) return fillDefaults(type.ofType, value);
    const items = value.map((item) => fillDefaults(type.ofType, item));
    return items.some((item, i) => item !== value[i]) ? items : value;
  }
  if (!isInputObjectType(type) || typeof value !== 'object') return value;
  let out = value as Record<string, unknown>;
  for (const field of Object.values(type.getFields())) {
    const given = out[field.name];
    let next = given;
    if (given === undefined) {
      if (!isNonNullType(field.type) || field.defaultValue === undefined) continue;
      const ast = astFromValue(field.defaultValue, field.type);
      if (!ast) continue;
      next = valueFromASTUntyped(ast);
    } else {
      next = fillDefaults(field.type, given);
    }
    if (next !== given) out = out === value ? { ...out, [field.name]: next } : Object.assign(out, { [field.name]: next });
  }
  return out;
}

/**
 * graphql's own error for one of graphql-jit's: jit's errors leave `extensions` undefined where an
 * error thrown by a resolver had none (a domain error), and Apollo reads `extensions.code` of every
 * error (it then answered a masked INTERNAL_SERVER_ERROR for BAD_USER_INPUT). Message, path,
 * locations and the original error are kept, so formatError finds the domain error as before.
 */
function asGraphqlError(error: GraphQLError): GraphQLError {
  if (error.extensions) return error;
  const converted = new GraphQLError(error.message, { path: error.path, originalError: error.originalError ?? undefined });
  // graphql computes locations from AST nodes, which a jit error no longer carries: keep jit's.
  Object.defineProperty(converted, 'locations', { value: error.locations, enumerable: Boolean(error.locations?.length) });
  return converted;
}
