import { TicketStatus } from '../tickets/ticket.enums';
import { SlaMetric, SlaTrigger } from './sla.enums';

/** When a metric's clock starts, stops, and which ticket statuses pause it. Stored as data on a policy. */
export interface MetricCondition {
  start: SlaTrigger[];
  stop: SlaTrigger[];
  pauseStatuses: TicketStatus[];
}

export type SlaConditions = Record<SlaMetric, MetricCondition>;

/** The defaults a new policy gets; an admin changes them per policy. */
export const DEFAULT_CONDITIONS: SlaConditions = {
  [SlaMetric.FIRST_RESPONSE]: {
    start: [SlaTrigger.CREATED],
    stop: [SlaTrigger.STAFF_PUBLIC_COMMENT, SlaTrigger.RESOLVED],
    pauseStatuses: [],
  },
  [SlaMetric.RESOLUTION]: {
    start: [SlaTrigger.CREATED, SlaTrigger.REOPENED],
    stop: [SlaTrigger.RESOLVED],
    pauseStatuses: [TicketStatus.WAITING_FOR_CUSTOMER],
  },
  [SlaMetric.TIME_AT_VENDOR]: {
    start: [SlaTrigger.REFERRED_TO_VENDOR],
    stop: [SlaTrigger.VENDOR_RESPONDED, SlaTrigger.RETURNED, SlaTrigger.RESOLVED],
    pauseStatuses: [],
  },
};

export const DEFAULT_WARNING_THRESHOLDS = [50, 75];
