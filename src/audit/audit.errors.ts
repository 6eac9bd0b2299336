import { errorsOf, userError, UserErrorCode, type ErrorMapping } from '../platform/errors';

/** The audit log's failures (its filter's bad input): each one's public meaning is in `auditErrors` below. */
export enum AuditErrorCode {
  ENTITY_ID_MALFORMED = 'ENTITY_ID_MALFORMED',
  ENTITY_TYPE_MISMATCH = 'ENTITY_TYPE_MISMATCH',
  RANGE_INVERTED = 'RANGE_INVERTED',
}

const { BAD_USER_INPUT } = UserErrorCode;

const auditErrors = {
  [AuditErrorCode.ENTITY_ID_MALFORMED]: () => userError(BAD_USER_INPUT, 'entityId is not the global ID of anything', 'filter', 'entityId'),
  [AuditErrorCode.ENTITY_TYPE_MISMATCH]: ({ type }: { type: string }) => userError(BAD_USER_INPUT, `entityId is the ID of a ${type}, not of the entityType given`, 'filter', 'entityId'),
  [AuditErrorCode.RANGE_INVERTED]: () => userError(BAD_USER_INPUT, 'from must be before to', 'filter', 'to'),
} satisfies ErrorMapping<AuditErrorCode>;

/** `throw auditError(AuditErrorCode.RANGE_INVERTED)`: the audit log's `DomainError`. */
export const auditError = errorsOf(auditErrors);
