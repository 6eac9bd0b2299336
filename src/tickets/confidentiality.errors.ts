import { errorsOf, userError, UserErrorCode, type ErrorMapping } from '../platform/errors';

/** The failures of confidentiality (sekretess): each one's public meaning is in `confidentialityErrors`. */
export enum ConfidentialityErrorCode {
  /** Neither or both of ticketId and commentId. */
  ONE_TARGET_REQUIRED = 'ONE_TARGET_REQUIRED',
  /** readerRoles names a role that is not the centre's staff (or ADMIN, who reads anyway). */
  READER_ROLE_NOT_STAFF = 'READER_ROLE_NOT_STAFF',
  /** unmarkConfidential on what is not confidential. */
  NOT_CONFIDENTIAL = 'NOT_CONFIDENTIAL',
  COMMENT_NOT_FOUND = 'COMMENT_NOT_FOUND',
  AGENCY_NOT_FOUND = 'AGENCY_NOT_FOUND',
}

const { BAD_USER_INPUT, NOT_FOUND } = UserErrorCode;

const confidentialityErrors = {
  [ConfidentialityErrorCode.ONE_TARGET_REQUIRED]: () => userError(BAD_USER_INPUT, 'give exactly one of ticketId and commentId', 'input', 'ticketId'),
  [ConfidentialityErrorCode.READER_ROLE_NOT_STAFF]: ({ role }: { role: string }) =>
    userError(BAD_USER_INPUT, `${role} cannot read confidential cases: name AGENT, SPECIALIST, DELIVERY_MANAGER or ACCOUNT_MANAGER`, 'input', 'readerRoles'),
  [ConfidentialityErrorCode.NOT_CONFIDENTIAL]: ({ field }: { field: string }) => userError(BAD_USER_INPUT, 'it is not marked confidential', 'input', field),
  [ConfidentialityErrorCode.COMMENT_NOT_FOUND]: () => userError(NOT_FOUND, 'no such comment', 'input', 'commentId'),
  [ConfidentialityErrorCode.AGENCY_NOT_FOUND]: () => userError(NOT_FOUND, 'no such agency', 'agencyId'),
} satisfies ErrorMapping<ConfidentialityErrorCode>;

/** `throw confidentialityError(ConfidentialityErrorCode.NOT_CONFIDENTIAL, { field: 'ticketId' })`. */
export const confidentialityError = errorsOf(confidentialityErrors);
