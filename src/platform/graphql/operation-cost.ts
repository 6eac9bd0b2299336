import { getComplexity, type ComplexityEstimator } from 'graphql-query-complexity';
import { getNamedType, getNullableType, GraphQLError, isLeafType, isListType, visit, type ASTNode, type DocumentNode, type GraphQLSchema } from 'graphql';
import { DEFAULT_PAGE } from '../pagination';

/**
 * What an operation costs: roughly the rows it can make the server read. A scalar is free (it
 * comes with its row); an object field costs 1 plus what is under it; a paged field (`first` /
 * `last`) multiplies what is under it by the page it asks for (DEFAULT_PAGE when it does not say);
 * a list without paging by UNPAGED_LIST; a connection's `edges`/`nodes` are the page itself.
 * So a console page of 20 tickets, each with 10 comments, 10 history entries and its referrals,
 * costs about 2,000, and 100 x 100 x 100 nested rows cost a million.
 */
export const MAX_OPERATION_COST = 10_000;

/** What a list field without paging arguments is assumed to hold (such lists are short by design). */
const UNPAGED_LIST = 10;

/** The arguments the cost reads (a page's size). */
const PAGE_ARGUMENTS = new Set(['first', 'last', 'limit']);

const rowsEstimator: ComplexityEstimator = ({ field, args, childComplexity }) => {
  if (isLeafType(getNamedType(field.type))) return 0;
  const page = [args.first, args.last, args.limit].find((n): n is number => typeof n === 'number');
  const paged = field.args.some((a) => a.name === 'first' || a.name === 'last' || a.name === 'limit');
  const list = isListType(getNullableType(field.type)) && field.name !== 'edges' && field.name !== 'nodes';
  const times = page ?? (paged ? DEFAULT_PAGE : list ? UNPAGED_LIST : 1);
  return 1 + times * childComplexity;
};

/**
 * Costs already computed per parsed document (Apollo and graphql-ws keep one parsed document per
 * query text), per operation name and per the values of the variables the cost can depend on: a
 * page's size (`first: $n`) and a directive's argument (`@include(if: $x)`). A call's or a ticket's
 * id does not change the cost, so the IVR's mutations and a console polling one page cost one walk
 * per document. A few variants per document; the documents themselves are held weakly.
 */
const costs = new WeakMap<DocumentNode, { costVariables: string[]; known: Map<string, number> }>();
const VARIANTS_PER_DOCUMENT = 50;

/** The variables of `document` the cost can depend on: those given to a page-size argument or to a directive. */
export function costVariablesOf(document: DocumentNode): string[] {
  const names = new Set<string>();
  const collect = (node: ASTNode) => visit(node, { Variable: (v) => void names.add(v.name.value) });
  visit(document, {
    Argument: (node) => void (PAGE_ARGUMENTS.has(node.name.value) && collect(node.value)),
    Directive: (node) => void node.arguments?.forEach((argument) => collect(argument.value)),
  });
  return [...names].sort();
}

/**
 * The cost of the operation `operationName` of `document` with `variables`; null when the variables
 * do not fit (execution reports that). A variable the cost cannot depend on is not checked here:
 * the same document with other ids costs the same.
 */
export function operationCost(schema: GraphQLSchema, document: DocumentNode, operationName: string | null | undefined, variables: Record<string, unknown> | null | undefined): number | null {
  let entry = costs.get(document);
  if (!entry) costs.set(document, (entry = { costVariables: costVariablesOf(document), known: new Map() }));
  const { costVariables, known } = entry;
  // A variable left out ([]: its default applies) is told apart from one given as null ([null]).
  const key = `${operationName ?? ''}\u0000${JSON.stringify(costVariables.map((name) => (variables && Object.hasOwn(variables, name) ? [variables[name]] : [])))}`;
  const cached = known.get(key);
  if (cached !== undefined) return cached;
  let cost: number;
  try {
    cost = getComplexity({ schema, query: document, operationName: operationName ?? undefined, variables: variables ?? {}, estimators: [rowsEstimator] });
  } catch {
    // Not kept: with the other variables right, the same key has a cost, and it must be checked.
    return null;
  }
  if (known.size >= VARIANTS_PER_DOCUMENT) known.delete(known.keys().next().value!);
  known.set(key, cost);
  return cost;
}

/** The error for an operation over the limit, naming its cost and the limit; undefined when it is within. */
export function costError(cost: number | null): GraphQLError | undefined {
  if (cost === null || cost <= MAX_OPERATION_COST) return undefined;
  return new GraphQLError(`the operation costs ${Math.round(cost)}, over the limit of ${MAX_OPERATION_COST}: ask for fewer rows (first/last) or fewer nested lists`, {
    extensions: { code: 'OPERATION_TOO_COSTLY', cost: Math.round(cost), limit: MAX_OPERATION_COST, http: { status: 400 } },
  });
}
