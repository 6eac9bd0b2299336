import { registerEnumType } from 'type-graphql';
import { MailKind } from './mail.enums';

/** MailKind in the schema, registered once for the outgoing mail and the preferences. */
registerEnumType(MailKind, {
  name: 'MailKind',
  description: 'What an outgoing mail is about; also the kinds of notification a user can choose to get by mail.',
  valuesConfig: {
    RECEIPT: { description: 'The receipt with the case number, when a mail or a request became a case.' },
    PUBLIC_COMMENT: { description: 'A public comment on a case, to its requester.' },
    RESOLUTION: { description: 'The case was resolved, to its requester.' },
    STAFF_REDIRECT: { description: 'To a customer agency\'s staff member who mailed: the way in is the customer web or the phone.' },
    VENDOR_REFERRAL: { description: 'The referral\'s question, to the third-line vendor.' },
    ORDER_APPROVAL_REQUEST: { description: 'To the orderer: a delivered order waits for their approval.' },
    DIRECT_ORDER: { description: 'To the agency\'s account manager (person and deputy): the unit manager ordered a small special service directly.' },
    SLA_BREACH: { description: 'To a delivery manager: new SLA breaches of what they answer for, bundled (at night and on holidays only P1).' },
    WEBHOOK_PAUSED: { description: 'To the admin who registered a webhook endpoint: the server paused it after it kept failing; always sent, not a choice.' },
    MAJOR_INCIDENT: { description: 'To the delivery managers (person and deputy) of the agencies and service areas a P1 problem\'s linked cases belong to: it became a major incident; on by default.' },
  },
});
