import { errorsOf, userError, UserErrorCode, type ErrorMapping } from '../platform/errors';

/**
 * The directory's failures: an agency, service, service area, group, user or vendor that an input
 * names and that does not exist (or is not visible). Every domain that takes such an ID raises these,
 * naming the input field at fault.
 */
export enum DirectoryErrorCode {
  AGENCY_NOT_FOUND = 'AGENCY_NOT_FOUND',
  SERVICE_NOT_FOUND = 'SERVICE_NOT_FOUND',
  SERVICE_AREA_NOT_FOUND = 'SERVICE_AREA_NOT_FOUND',
  /** The service named belongs to another service area than the one named. */
  SERVICE_OUTSIDE_AREA = 'SERVICE_OUTSIDE_AREA',
  GROUP_NOT_FOUND = 'GROUP_NOT_FOUND',
  USER_NOT_FOUND = 'USER_NOT_FOUND',
  ACTIVE_USER_NOT_FOUND = 'ACTIVE_USER_NOT_FOUND',
  VENDOR_NOT_FOUND = 'VENDOR_NOT_FOUND',
  /** Development sign-in: the body names no e-mail. */
  SIGN_IN_EMAIL_REQUIRED = 'SIGN_IN_EMAIL_REQUIRED',
  /** Development sign-in: no active staff user has this e-mail (customers and machine accounts never sign in there). */
  SIGN_IN_USER_NOT_FOUND = 'SIGN_IN_USER_NOT_FOUND',
}

/** Where the ID was given: the input field's path. */
type At = { field: string[] };

const { NOT_FOUND, BAD_USER_INPUT } = UserErrorCode;

const directoryErrors = {
  [DirectoryErrorCode.AGENCY_NOT_FOUND]: ({ field }: At) => userError(NOT_FOUND, 'no such agency', ...field),
  [DirectoryErrorCode.SERVICE_NOT_FOUND]: ({ field }: At) => userError(NOT_FOUND, 'no such service', ...field),
  [DirectoryErrorCode.SERVICE_AREA_NOT_FOUND]: ({ field }: At) => userError(NOT_FOUND, 'no such service area', ...field),
  [DirectoryErrorCode.SERVICE_OUTSIDE_AREA]: ({ field }: At) => userError(BAD_USER_INPUT, 'the service belongs to another service area', ...field),
  [DirectoryErrorCode.GROUP_NOT_FOUND]: ({ field }: At) => userError(NOT_FOUND, 'no such group', ...field),
  [DirectoryErrorCode.USER_NOT_FOUND]: ({ field }: At) => userError(NOT_FOUND, 'no such user', ...field),
  [DirectoryErrorCode.ACTIVE_USER_NOT_FOUND]: ({ field }: At) => userError(NOT_FOUND, 'no such active user', ...field),
  [DirectoryErrorCode.VENDOR_NOT_FOUND]: ({ field }: At) => userError(NOT_FOUND, 'no such vendor', ...field),
  [DirectoryErrorCode.SIGN_IN_EMAIL_REQUIRED]: () => userError(BAD_USER_INPUT, 'the body is JSON with the e-mail to sign in as: { "email": "..." }', 'email'),
  [DirectoryErrorCode.SIGN_IN_USER_NOT_FOUND]: () => userError(NOT_FOUND, 'no active staff user has this e-mail', 'email'),
} satisfies ErrorMapping<DirectoryErrorCode>;

/** `throw directoryError(DirectoryErrorCode.AGENCY_NOT_FOUND, { field: ['input', 'agencyId'] })`. */
export const directoryError = errorsOf(directoryErrors);
