import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type express from 'express';
import { GraphQLError } from 'graphql';
import type { OperationsConfig } from '../config';
import { logFor } from '../log';

/**
 * Persisted operations: the console sends `extensions.persistedQuery.sha256Hash` (the hash codegen's
 * client preset gives each of its documents) instead of the document, and the server runs the
 * document of that hash from the manifest (`web/src/gql/persisted-documents.json`). In production
 * (`persistedOnly`) nothing else runs: a document that is neither in the manifest nor in the
 * administrator's ALLOWED_OPERATIONS_FILE is refused before it is parsed, on HTTP and graphql-ws
 * alike, so no arbitrary document reaches the parser, the validator (which would tell a prober which
 * fields exist) or a resolver.
 */
export const PersistedOperationCode = {
  /** A hash the server does not know; the message is the one clients (urql, Apollo) recognise to send the document instead. */
  PERSISTED_QUERY_NOT_FOUND: 'PERSISTED_QUERY_NOT_FOUND',
  /** Production: a document that is not one of the persisted or allowed operations. */
  OPERATION_NOT_ALLOWED: 'OPERATION_NOT_ALLOWED',
} as const;

const NOT_FOUND_MESSAGE = 'PersistedQueryNotFound';
const NOT_ALLOWED_MESSAGE = "only the console's persisted operations and those an administrator allowed run here";

export const persistedQueryNotFound = () => new GraphQLError(NOT_FOUND_MESSAGE, { extensions: { code: PersistedOperationCode.PERSISTED_QUERY_NOT_FOUND } });
export const operationNotAllowed = () => new GraphQLError(NOT_ALLOWED_MESSAGE, { extensions: { code: PersistedOperationCode.OPERATION_NOT_ALLOWED } });

/** The lower-case hex SHA-256 of a document's text, as the manifest's keys have it (without their `sha256:` prefix). */
export function documentHash(document: string): string {
  return createHash('sha256').update(document).digest('hex');
}

/** `sha256:<hex>` (codegen, the GraphQL-over-HTTP appendix) or `<hex>` (Apollo's APQ): the hex. */
function hexOf(hash: string): string {
  return hash.replace(/^sha256:/i, '').toLowerCase();
}

/** One operation of a request as it arrives: `{ query?, extensions?, ... }`. */
export interface OperationRequest {
  query?: unknown;
  extensions?: unknown;
}

/** What to run instead (the document, the extensions without `persistedQuery`), or the error to answer with. */
export type Resolved = { query: unknown; extensions: unknown } | { error: GraphQLError };

/** The persisted and allowed documents by hash, and whether only they run. */
export class OperationRegistry {
  constructor(
    private readonly documents: ReadonlyMap<string, string>,
    readonly persistedOnly: boolean,
  ) {}

  /** How many documents may run by hash. */
  get size(): number {
    return this.documents.size;
  }

  /**
   * Loads the console's manifest (required when only persisted operations run; without one in
   * development, hashes are simply not found and clients send their documents) and the allowed
   * file. Throws, refusing to start, on a file that is not what it should be.
   */
  static load(config: OperationsConfig | undefined, production: boolean): OperationRegistry {
    const persistedOnly = config?.persistedOnly ?? false;
    const documents = new Map<string, string>();
    const manifest = config?.manifestFile ?? defaultManifestFile();
    if (existsSync(manifest)) addDocuments(documents, readJson(manifest, 'the persisted-documents manifest'), manifest);
    else if (persistedOnly) throw new Error(`the console's persisted-documents manifest ${manifest} is missing: run \`npm run codegen\``);
    else if (production) logFor('operations').warn({ manifest }, 'no persisted-documents manifest');
    if (config?.allowedFile) addDocuments(documents, readJson(config.allowedFile, 'ALLOWED_OPERATIONS_FILE'), config.allowedFile);
    return new OperationRegistry(documents, persistedOnly);
  }

  /**
   * The document a request runs. A document sent in full runs in development; in production only
   * when its hash is one of the registry's (so an administrator's script may send an allowed
   * document as written in the file). A hash alone runs its document, or is PERSISTED_QUERY_NOT_FOUND.
   */
  resolve(request: OperationRequest): Resolved {
    const { persistedQuery, rest } = splitExtensions(request.extensions);
    if (typeof request.query === 'string' && request.query !== '') {
      if (this.persistedOnly && !this.documents.has(documentHash(request.query))) return { error: operationNotAllowed() };
      return { query: request.query, extensions: rest };
    }
    if (persistedQuery !== undefined) {
      const hash = isRecord(persistedQuery) && typeof persistedQuery.sha256Hash === 'string' ? hexOf(persistedQuery.sha256Hash) : '';
      const document = this.documents.get(hash);
      return document === undefined ? { error: persistedQueryNotFound() } : { query: document, extensions: rest };
    }
    // No document and no hash: the transport answers as it always has (a missing query).
    return { query: request.query, extensions: rest };
  }

  /**
   * The same for HTTP (POST bodies, batches, GET parameters), before Apollo Server: the request is
   * rewritten to carry the document, or answered with the error (a batch runs only if all of it may).
   */
  middleware(): express.RequestHandler {
    return (req, res, next) => {
      const refuse = (error: GraphQLError) => {
        const status = error.extensions.code === PersistedOperationCode.PERSISTED_QUERY_NOT_FOUND ? 200 : 400;
        res.status(status).setHeader('cache-control', 'private, no-cache, must-revalidate');
        res.json({ errors: [{ message: error.message, extensions: { code: error.extensions.code } }] });
      };
      if (req.method === 'POST') {
        const operations: unknown[] = Array.isArray(req.body) ? req.body : [req.body];
        for (const operation of operations) {
          if (!isRecord(operation)) continue; // Apollo Server answers a malformed body.
          const resolved = this.resolve(operation);
          if ('error' in resolved) return refuse(resolved.error);
          operation.query = resolved.query;
          if (resolved.extensions === undefined) delete operation.extensions;
          else operation.extensions = resolved.extensions;
        }
        return next();
      }
      if (req.method === 'GET' || req.method === 'HEAD') {
        const at = req.url.indexOf('?');
        const params = new URLSearchParams(at < 0 ? '' : req.url.slice(at + 1));
        let extensions: unknown;
        try {
          extensions = params.has('extensions') ? JSON.parse(params.get('extensions')!) : undefined;
        } catch {
          return next(); // Apollo Server answers malformed extensions.
        }
        const resolved = this.resolve({ query: params.get('query') ?? undefined, extensions });
        if ('error' in resolved) return refuse(resolved.error);
        if (typeof resolved.query === 'string') params.set('query', resolved.query);
        if (resolved.extensions === undefined) params.delete('extensions');
        else params.set('extensions', JSON.stringify(resolved.extensions));
        req.url = `${at < 0 ? req.url : req.url.slice(0, at)}?${params}`;
      }
      return next();
    };
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** `extensions.persistedQuery` apart from the other extensions (which go on to the server as sent). */
function splitExtensions(extensions: unknown): { persistedQuery: unknown; rest: unknown } {
  if (!isRecord(extensions) || !('persistedQuery' in extensions)) return { persistedQuery: undefined, rest: extensions };
  const { persistedQuery, ...rest } = extensions;
  return { persistedQuery, rest: Object.keys(rest).length ? rest : undefined };
}

function readJson(file: string, what: string): unknown {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch (err) {
    throw new Error(`${what} ${file} is not readable JSON: ${(err as Error).message}`);
  }
}

/**
 * Adds the documents of a file: an array of documents (their hashes computed here) or an object of
 * hash -> document, every hash checked against its document (a hand-edited or mismatched entry
 * would otherwise let a hash stand for another document than the one reviewed).
 */
function addDocuments(into: Map<string, string>, content: unknown, file: string): void {
  const entries: [string | null, unknown][] = Array.isArray(content) ? content.map((d) => [null, d]) : isRecord(content) ? Object.entries(content) : [];
  if (!Array.isArray(content) && !isRecord(content)) throw new Error(`${file}: expected an array of documents or an object of hash -> document`);
  for (const [key, document] of entries) {
    if (typeof document !== 'string' || !document.trim()) throw new Error(`${file}: every document must be a non-empty string`);
    const hash = documentHash(document);
    if (key !== null && hexOf(key) !== hash) throw new Error(`${file}: "${key}" is not the SHA-256 of its document`);
    into.set(hash, document);
  }
}

/** web/src/gql/persisted-documents.json of this package: found from here up to the folder with package.json. */
export function defaultManifestFile(from = __dirname): string {
  let dir = from;
  while (!existsSync(join(dir, 'package.json')) && dirname(dir) !== dir) dir = dirname(dir);
  return join(dir, 'web', 'src', 'gql', 'persisted-documents.json');
}
