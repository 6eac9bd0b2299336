/** Enums of the attachments domain. */

/** Where a file on a case came from. */
export enum AttachmentSource {
  /** Uploaded through the customer web or the console. */
  WEB = 'WEB',
  /** A part of a mail that became or joined the case. */
  MAIL = 'MAIL',
}
