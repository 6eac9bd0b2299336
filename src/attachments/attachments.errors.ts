import { errorsOf, userError, UserErrorCode, type ErrorMapping } from '../platform/errors';

/** The attachments' failures: each one's public meaning is in `attachmentErrors` below. */
export enum AttachmentErrorCode {
  ATTACHMENT_EMPTY = 'ATTACHMENT_EMPTY',
  ATTACHMENT_TOO_LARGE = 'ATTACHMENT_TOO_LARGE',
  CASE_ATTACHMENTS_FULL = 'CASE_ATTACHMENTS_FULL',
  ATTACHMENT_NOT_FOUND = 'ATTACHMENT_NOT_FOUND',
}

const { BAD_USER_INPUT, NOT_FOUND } = UserErrorCode;
const mb = (bytes: number) => `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB`;

const attachmentErrors = {
  [AttachmentErrorCode.ATTACHMENT_EMPTY]: ({ field }: { field: string[] }) => userError(BAD_USER_INPUT, 'the file is empty', ...field),
  [AttachmentErrorCode.ATTACHMENT_TOO_LARGE]: ({ limit, field }: { limit: number; field: string[] }) =>
    userError(BAD_USER_INPUT, `a file may be at most ${mb(limit)}`, ...field),
  [AttachmentErrorCode.CASE_ATTACHMENTS_FULL]: ({ limit, field }: { limit: number; field: string[] }) =>
    userError(BAD_USER_INPUT, `the files of one case may be at most ${mb(limit)} together`, ...field),
  [AttachmentErrorCode.ATTACHMENT_NOT_FOUND]: () => userError(NOT_FOUND, 'no such attachment', 'attachmentId'),
} satisfies ErrorMapping<AttachmentErrorCode>;

/** `throw attachmentError(AttachmentErrorCode.ATTACHMENT_TOO_LARGE, {...})`: the attachments' `DomainError`. */
export const attachmentError = errorsOf(attachmentErrors);
