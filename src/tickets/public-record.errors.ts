import { errorsOf, userError, UserErrorCode, type ErrorMapping } from '../platform/errors';

/** The failures of public-record exports (allmänna handlingar): each one's public meaning is in `publicRecordErrors`. */
export enum PublicRecordErrorCode {
  /** A download of an export that does not exist, or of a case the viewer does not read (the same 404). */
  EXPORT_NOT_FOUND = 'EXPORT_NOT_FOUND',
  /** The export's case was anonymised (retention): its document went with the case's personal data. */
  EXPORT_ANONYMISED = 'EXPORT_ANONYMISED',
}

const { NOT_FOUND } = UserErrorCode;

const publicRecordErrors = {
  [PublicRecordErrorCode.EXPORT_NOT_FOUND]: () => userError(NOT_FOUND, 'no such public-record export', 'exportId'),
  [PublicRecordErrorCode.EXPORT_ANONYMISED]: () => userError(NOT_FOUND, "the export's case was anonymised (retention): its document is gone", 'exportId'),
} satisfies ErrorMapping<PublicRecordErrorCode>;

/** `throw publicRecordError(PublicRecordErrorCode.EXPORT_NOT_FOUND)`. */
export const publicRecordError = errorsOf(publicRecordErrors);
