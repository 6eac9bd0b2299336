/**
 * codegen.yml's document transform for the console: adds `__typename` to every selection set below
 * an operation's root (as urql's formatDocument does for graphcache, which keys entities by it), so
 * the documents in the persisted-documents manifest, which the server runs in production, answer
 * what graphcache needs. The root stays as written (the client preset's own transform adds it there
 * too, which changes every operation's result type).
 */
const { Kind, visit } = require('graphql');

exports.transform = ({ documents }) =>
  documents.map((source) => ({
    ...source,
    document: source.document
      ? visit(source.document, {
          SelectionSet(node, _key, parent) {
            if (parent && !Array.isArray(parent) && parent.kind === Kind.OPERATION_DEFINITION) return undefined;
            if (node.selections.some((s) => s.kind === Kind.FIELD && s.name.value === '__typename' && !s.alias)) return undefined;
            return { ...node, selections: [{ kind: Kind.FIELD, name: { kind: Kind.NAME, value: '__typename' } }, ...node.selections] };
          },
        })
      : undefined,
  }));
