/** Enums of confidentiality (sekretess): the grounds' code list and the paths a read is logged on. */

/** The ground's code: the provision of the Public Access to Information and Secrecy Act (OSL) it rests on. */
export enum ConfidentialityCode {
  /** OSL 18:8: security and protective measures, information security. */
  OSL_18_8 = 'OSL_18_8',
  /** OSL 21:1: a person's health or sexual life. */
  OSL_21_1 = 'OSL_21_1',
  /** OSL 21:3: a person who may be threatened (protected personal data). */
  OSL_21_3 = 'OSL_21_3',
  /** OSL 39:3: a person's circumstances in personnel administration. */
  OSL_39_3 = 'OSL_39_3',
  /** OSL 31:16: business and operating circumstances of a party dealing with the agency. */
  OSL_31_16 = 'OSL_31_16',
  /** Another provision, named in the ground's text. */
  OTHER = 'OTHER',
}

/** Where a confidential case or comment was read. */
export enum ConfidentialReadPath {
  TICKET = 'TICKET',
  LIST = 'LIST',
  COMMENTS = 'COMMENTS',
  COMMENT = 'COMMENT',
  ATTACHMENT = 'ATTACHMENT',
}
