import { errorsOf, staleVersionError, userError, UserErrorCode, type ErrorMapping, type Versioned } from '../platform/errors';

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
  // Administration (directory-admin.service.ts): each names the input field at fault.
  /** A name (agency, user, group) empty or longer than its limit. */
  NAME_INVALID = 'NAME_INVALID',
  /** Not NNNNNN-NNNN. */
  ORGANISATION_NUMBER_MALFORMED = 'ORGANISATION_NUMBER_MALFORMED',
  /** retentionMonths outside 1 to 600 (50 years). */
  RETENTION_MONTHS_OUT_OF_RANGE = 'RETENTION_MONTHS_OUT_OF_RANGE',
  PRIORITY_CAP_OUT_OF_RANGE = 'PRIORITY_CAP_OUT_OF_RANGE',
  /** Another agency has this organisation number. */
  ORGANISATION_NUMBER_TAKEN = 'ORGANISATION_NUMBER_TAKEN',
  /** Not a whole number from 0 to 10,000,000. */
  EMPLOYEE_COUNT_INVALID = 'EMPLOYEE_COUNT_INVALID',
  EMAIL_MALFORMED = 'EMAIL_MALFORMED',
  /** Another user has this e-mail (e-mails are unique, case-insensitively). */
  EMAIL_TAKEN = 'EMAIL_TAKEN',
  /** Not E.164 (+46...). */
  PHONE_MALFORMED = 'PHONE_MALFORMED',
  /** TELEPHONY is the gateway's machine account, not given by the directory screens. */
  ROLE_NOT_ASSIGNABLE = 'ROLE_NOT_ASSIGNABLE',
  /** A customer user needs their agency. */
  CUSTOMER_WITHOUT_AGENCY = 'CUSTOMER_WITHOUT_AGENCY',
  /** Only customer users belong to an agency. */
  AGENCY_FOR_NON_CUSTOMER = 'AGENCY_FOR_NON_CUSTOMER',
  /** A member of support groups cannot stop being staff: remove the memberships first. */
  MEMBER_CANNOT_LEAVE_STAFF = 'MEMBER_CANNOT_LEAVE_STAFF',
  /** An admin cannot change their own role or deactivate themselves (the last way in could go). */
  SELF_CHANGE = 'SELF_CHANGE',
  USER_ALREADY_INACTIVE = 'USER_ALREADY_INACTIVE',
  USER_ALREADY_ACTIVE = 'USER_ALREADY_ACTIVE',
  /** The version given is not the object's version now. */
  STALE_VERSION = 'STALE_VERSION',
  /** Another group has this name. */
  GROUP_NAME_TAKEN = 'GROUP_NAME_TAKEN',
  /** The kind does not go with the tier (SERVICEDESK: FIRST; PRODUCTION, EXTERNAL_SECOND_LINE: SECOND; THIRD_LINE: THIRD). */
  GROUP_KIND_TIER_MISMATCH = 'GROUP_KIND_TIER_MISMATCH',
  /** A production group serves exactly one service area; a Servicedesk none. */
  GROUP_AREA_MISMATCH = 'GROUP_AREA_MISMATCH',
  /** Only active staff are members of support groups. */
  MEMBER_NOT_STAFF = 'MEMBER_NOT_STAFF',
  ALREADY_MEMBER = 'ALREADY_MEMBER',
  NOT_A_MEMBER = 'NOT_A_MEMBER',
}

/** Where the ID was given: the input field's path. */
type At = { field: string[] };

const { NOT_FOUND, BAD_USER_INPUT, CONFLICT, NOT_ALLOWED } = UserErrorCode;

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
  [DirectoryErrorCode.NAME_INVALID]: ({ field, max }: At & { max: number }) => userError(BAD_USER_INPUT, `the name must be 1 to ${max} characters`, ...field),
  [DirectoryErrorCode.RETENTION_MONTHS_OUT_OF_RANGE]: () => userError(BAD_USER_INPUT, 'retentionMonths is 1 to 600 months', 'input', 'retentionMonths'),
  [DirectoryErrorCode.PRIORITY_CAP_OUT_OF_RANGE]: () => userError(BAD_USER_INPUT, 'customerPriorityCap is 1 (P1) to 4 (P4)', 'input', 'customerPriorityCap'),
  [DirectoryErrorCode.ORGANISATION_NUMBER_MALFORMED]: () => userError(BAD_USER_INPUT, 'the organisation number is NNNNNN-NNNN', 'input', 'organisationNumber'),
  [DirectoryErrorCode.ORGANISATION_NUMBER_TAKEN]: () => userError(CONFLICT, 'another agency has this organisation number', 'input', 'organisationNumber'),
  [DirectoryErrorCode.EMPLOYEE_COUNT_INVALID]: () => userError(BAD_USER_INPUT, 'the employee count is a whole number from 0 to 10,000,000', 'input', 'employeeCount'),
  [DirectoryErrorCode.EMAIL_MALFORMED]: () => userError(BAD_USER_INPUT, 'not an e-mail address', 'input', 'email'),
  [DirectoryErrorCode.EMAIL_TAKEN]: () => userError(CONFLICT, 'another user has this e-mail', 'input', 'email'),
  [DirectoryErrorCode.PHONE_MALFORMED]: () => userError(BAD_USER_INPUT, 'not a whole phone number: +46…, 0046… or a Swedish national 0…, 7 to 15 digits', 'input', 'phone'),
  [DirectoryErrorCode.ROLE_NOT_ASSIGNABLE]: () => userError(BAD_USER_INPUT, 'the telephony role is not given here', 'input', 'role'),
  [DirectoryErrorCode.CUSTOMER_WITHOUT_AGENCY]: () => userError(BAD_USER_INPUT, 'a customer user needs their agency', 'input', 'agencyId'),
  [DirectoryErrorCode.AGENCY_FOR_NON_CUSTOMER]: () => userError(BAD_USER_INPUT, 'only customer users belong to an agency', 'input', 'agencyId'),
  [DirectoryErrorCode.MEMBER_CANNOT_LEAVE_STAFF]: () => userError(BAD_USER_INPUT, 'the user is a member of support groups: remove the memberships first', 'input', 'role'),
  [DirectoryErrorCode.SELF_CHANGE]: ({ field }: At) => userError(NOT_ALLOWED, 'you cannot change your own role or deactivate yourself', ...field),
  [DirectoryErrorCode.USER_ALREADY_INACTIVE]: () => userError(CONFLICT, 'the user is already inactive', 'userId'),
  [DirectoryErrorCode.USER_ALREADY_ACTIVE]: () => userError(CONFLICT, 'the user is already active', 'userId'),
  [DirectoryErrorCode.STALE_VERSION]: ({ of, actual, expected }: { of: Versioned; actual: number; expected: number }) => staleVersionError(of, { actual, expected }),
  [DirectoryErrorCode.GROUP_NAME_TAKEN]: () => userError(CONFLICT, 'another group has this name', 'input', 'name'),
  [DirectoryErrorCode.GROUP_KIND_TIER_MISMATCH]: () => userError(BAD_USER_INPUT, 'the kind does not go with the tier', 'input', 'kind'),
  [DirectoryErrorCode.GROUP_AREA_MISMATCH]: () => userError(BAD_USER_INPUT, 'a production group serves one service area; other groups may name none or one', 'input', 'serviceAreaId'),
  [DirectoryErrorCode.MEMBER_NOT_STAFF]: () => userError(BAD_USER_INPUT, 'only active staff are members of support groups', 'userId'),
  [DirectoryErrorCode.ALREADY_MEMBER]: () => userError(CONFLICT, 'the user is already a member of the group', 'userId'),
  [DirectoryErrorCode.NOT_A_MEMBER]: () => userError(NOT_FOUND, 'the user is not a member of the group', 'userId'),
} satisfies ErrorMapping<DirectoryErrorCode>;

/** `throw directoryError(DirectoryErrorCode.AGENCY_NOT_FOUND, { field: ['input', 'agencyId'] })`. */
export const directoryError = errorsOf(directoryErrors);
