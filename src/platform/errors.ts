import { GraphQLError } from 'graphql';

/**
 * Expected business failures. Services throw `UserFacingError`; the mutation runner turns it into
 * a `userErrors` entry of the payload and rolls the transaction back. Everything else is a
 * top-level GraphQL error: `unauthenticated()`, `forbidden()`, or a fault the server masks.
 */
export enum UserErrorCode {
  BAD_USER_INPUT = 'BAD_USER_INPUT',
  NOT_FOUND = 'NOT_FOUND',
  CONFLICT = 'CONFLICT',
  INVALID_TRANSITION = 'INVALID_TRANSITION',
  /** The actor may see the ticket but not make this change (e.g. a customer's internal comment). */
  NOT_ALLOWED = 'NOT_ALLOWED',
  /** The service cannot take the request now, whatever the input (e.g. no IVR menu is published); try again later. */
  UNAVAILABLE = 'UNAVAILABLE',
}

export class UserFacingError extends Error {
  constructor(
    readonly code: UserErrorCode,
    message: string,
    /** Path of the input field at fault, e.g. ['input', 'title']. */
    readonly field?: string[],
  ) {
    super(message);
    this.name = 'UserFacingError';
  }

  /** The payload's `userErrors`: one entry, unless a subclass reports several problems at once. */
  toUserErrors(): { code: UserErrorCode; message: string; field?: string[] }[] {
    return [{ code: this.code, message: this.message, field: this.field }];
  }
}

export const badInput = (message: string, ...field: string[]) =>
  new UserFacingError(UserErrorCode.BAD_USER_INPUT, message, field.length ? field : undefined);
export const notFound = (message: string, ...field: string[]) =>
  new UserFacingError(UserErrorCode.NOT_FOUND, message, field.length ? field : undefined);
export const conflict = (message: string, ...field: string[]) =>
  new UserFacingError(UserErrorCode.CONFLICT, message, field.length ? field : undefined);
/**
 * How a versioned entity names itself when its version has moved (CONFLICT): its noun, and the path
 * of the `expectedVersion` its mutations take (none when they take none). Each entity with a
 * version column declares one as `static readonly versioned`, so the explicit check and a lost
 * optimistic-lock race answer alike.
 */
export interface Versioned {
  noun: string;
  expectedVersionField?: string[];
}

/** The CONFLICT for a stale version: with the two versions when known, else "changed meanwhile". */
export function staleVersion(of: Versioned, versions?: { actual: number; expected: number }): UserFacingError {
  const message = versions
    ? `the ${of.noun} is at version ${versions.actual}, not ${versions.expected}: reload it and try again`
    : `the ${of.noun} was changed by someone else; reload it and try again`;
  return conflict(message, ...(of.expectedVersionField ?? []));
}

/** What a versioned entity (an optimistic-lock failure's `entity`) declares; "object" if nothing. */
export function versionedOf(entity: unknown): Versioned {
  const declared = (entity as { constructor?: { versioned?: Versioned } } | null | undefined)?.constructor?.versioned;
  return declared ?? { noun: 'object' };
}

export const invalidTransition = (message: string) => new UserFacingError(UserErrorCode.INVALID_TRANSITION, message);
export const notAllowed = (message: string, ...field: string[]) =>
  new UserFacingError(UserErrorCode.NOT_ALLOWED, message, field.length ? field : undefined);
export const unavailable = (message: string) => new UserFacingError(UserErrorCode.UNAVAILABLE, message);

/** Top-level error codes, in `extensions.code`. */
export enum ErrorCode {
  UNAUTHENTICATED = 'UNAUTHENTICATED',
  FORBIDDEN = 'FORBIDDEN',
  /** The request's database work ran past the statement timeout and was cancelled; nothing changed. */
  QUERY_TIMEOUT = 'QUERY_TIMEOUT',
  INTERNAL_SERVER_ERROR = 'INTERNAL_SERVER_ERROR',
}

export const unauthenticated = (message = 'a valid bearer token is required') =>
  new GraphQLError(message, { extensions: { code: ErrorCode.UNAUTHENTICATED, http: { status: 401 } } });

export const forbidden = (message = 'not allowed for your role') =>
  new GraphQLError(message, { extensions: { code: ErrorCode.FORBIDDEN } });

/** PostgreSQL's query_canceled (57014): what `statement_timeout` raises. */
const QUERY_CANCELED = '57014';

/** Did the database cancel this statement for running past the statement timeout? */
export function isStatementTimeout(err: unknown): boolean {
  for (let e = err, depth = 0; e && typeof e === 'object' && depth < 5; e = (e as { cause?: unknown }).cause, depth++) {
    if ((e as { code?: unknown }).code === QUERY_CANCELED) return true;
  }
  return false;
}

/**
 * PostgreSQL's data exceptions (SQLSTATE class 22: a value out of range, malformed, or not valid
 * UTF-8) are raised by a value the client sent that no input check caught. They answer as
 * BAD_USER_INPUT, not as a fault; the input checks stay the first line (they name the field).
 */
export function isDataException(err: unknown): boolean {
  const code = (err as { code?: unknown } | null)?.code;
  return typeof code === 'string' && /^22[0-9A-Z]{3}$/.test(code);
}

export const queryTimeout = () =>
  new GraphQLError('the request took too long in the database and was cancelled; narrow it (a shorter search, a smaller page) and try again', {
    extensions: { code: ErrorCode.QUERY_TIMEOUT, http: { status: 503 } },
  });
