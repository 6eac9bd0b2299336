/** The in-process topic on which each instance republishes the SLA events it hears of (payload: event id). */
export const SLA_ALERT_TOPIC = 'SLA_ALERT';
