import { Tier } from '../directory/directory.enums';
import { SlaMetric } from '../sla/sla.enums';
import { Category, Channel, Priority } from '../tickets/ticket.enums';

/**
 * The Swedish labels of the forum's documents (PDF, charts): one catalogue for every key a report
 * shows, so no English enum key reaches a Swedish page. The CSV keeps the keys (machine-readable).
 */
export const METRIC_LABEL: Record<SlaMetric, string> = {
  [SlaMetric.FIRST_RESPONSE]: 'Första svar',
  [SlaMetric.RESOLUTION]: 'Lösning',
  [SlaMetric.TIME_AT_VENDOR]: 'Tid hos leverantör',
};

export const CHANNEL_LABEL: Record<Channel, string> = { [Channel.PHONE]: 'Telefon', [Channel.WEB]: 'Kundwebb', [Channel.EMAIL]: 'E-post' };

export const CATEGORY_LABEL: Record<Category, string> = {
  [Category.QUESTION]: 'Fråga',
  [Category.INCIDENT]: 'Incident',
  [Category.SERVICE_REQUEST]: 'Tjänstebeställning',
  [Category.COMPLAINT]: 'Klagomål',
};

export const PRIORITY_LABEL: Record<Priority, string> = {
  [Priority.P1]: 'Prioritet 1',
  [Priority.P2]: 'Prioritet 2',
  [Priority.P3]: 'Prioritet 3',
  [Priority.P4]: 'Prioritet 4',
};

export const TIER_LABEL: Record<Tier, string> = { [Tier.FIRST]: 'Första linjen', [Tier.SECOND]: 'Andra linjen', [Tier.THIRD]: 'Tredje linjen' };

/** A key's label from a catalogue; an unknown key (a value added later) shows as itself. */
export const labelOf = (catalogue: Record<string, string>, key: string | null | undefined): string => (key == null ? '–' : (catalogue[key] ?? key));
