/** Which party a contact belongs to. */
export enum Side {
  CENTRE = 'CENTRE',
  AGENCY = 'AGENCY',
}

/**
 * The roles of the collaboration model, both sides, and the special contact paths for urgent
 * matters (each side names an ordinary and a deputy person for each path).
 */
export enum ContactRole {
  EXECUTIVE_ACCOUNT_MANAGER = 'EXECUTIVE_ACCOUNT_MANAGER',
  ACCOUNT_MANAGER = 'ACCOUNT_MANAGER',
  /** Per service area. */
  DELIVERY_MANAGER = 'DELIVERY_MANAGER',
  /** Per service area; several allowed. */
  OPERATIONAL_CONTACT = 'OPERATIONAL_CONTACT',
  AGREEMENT_OWNER = 'AGREEMENT_OWNER',
  ORDER_MANAGER = 'ORDER_MANAGER',
  DELIVERY_COORDINATOR = 'DELIVERY_COORDINATOR',
  /** Named by the agreement owner: may order add-on and special services; several allowed. */
  AUTHORISED_ORDERER = 'AUTHORISED_ORDERER',
  URGENT_OPERATIONAL_DISRUPTION = 'URGENT_OPERATIONAL_DISRUPTION',
  URGENT_INFORMATION_SECURITY = 'URGENT_INFORMATION_SECURITY',
  URGENT_CONFIDENTIALITY = 'URGENT_CONFIDENTIALITY',
  URGENT_COMMUNICATION = 'URGENT_COMMUNICATION',
}

export enum AgreementServiceKind {
  BASE = 'BASE',
  ADD_ON = 'ADD_ON',
}

/** The forums of the collaboration model. */
export enum Forum {
  STRATEGIC = 'STRATEGIC',
  TACTICAL = 'TACTICAL',
  /** Agencies of 150-499 employees: one joint tactical and operational forum. */
  TACTICAL_OPERATIONAL = 'TACTICAL_OPERATIONAL',
  /** Per service area. */
  OPERATIONAL = 'OPERATIONAL',
  /** Once a year per segment, for all its agencies; consultative. */
  CUSTOMER_COUNCIL = 'CUSTOMER_COUNCIL',
}

export enum MeetingStatus {
  PLANNED = 'PLANNED',
  HELD = 'HELD',
  CANCELLED = 'CANCELLED',
}

/** The levels an escalation matter climbs. */
export enum Level {
  OPERATIONAL = 'OPERATIONAL',
  TACTICAL = 'TACTICAL',
  STRATEGIC = 'STRATEGIC',
}

export enum MatterStatus {
  /** Being prepared or discussed at its level. */
  OPEN = 'OPEN',
  /** Decided at its level; the feedback to the level below is due. */
  DECIDED = 'DECIDED',
  /** Decided and fed back. */
  CLOSED = 'CLOSED',
}

export enum MatterStepKind {
  RAISED = 'RAISED',
  PREPARED = 'PREPARED',
  ESCALATED = 'ESCALATED',
  DECIDED = 'DECIDED',
  FED_BACK = 'FED_BACK',
}

export enum OrderKind {
  /** Lasting, standardisable, priced case by case (a monthly price). */
  ADD_ON = 'ADD_ON',
  /** Temporary, billed by the hour. */
  SPECIAL = 'SPECIAL',
}

export enum OrderStatus {
  /** Placed by an authorised orderer; not yet priced. */
  REQUESTED = 'REQUESTED',
  /** The account manager's quote awaits the customer's signature. */
  QUOTED = 'QUOTED',
  /** Agreed: work may start and time may be reported. */
  ORDERED = 'ORDERED',
  DELIVERED = 'DELIVERED',
  /** The orderer approved the delivery. */
  APPROVED = 'APPROVED',
  CANCELLED = 'CANCELLED',
}
