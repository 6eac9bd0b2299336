/**
 * Placeholders in a saved reply's body: `{{name}}` (spaces inside the braces allowed). Known names
 * are filled from the values given; an unknown name, or a known one without a value for this
 * ticket, is left as written and listed. Pure.
 */

/** The placeholders a reply may use, and what each stands for. */
export const PLACEHOLDERS = {
  'requester.name': 'the name of the ticket\'s requester',
  'ticket.number': 'the ticket\'s number, e.g. SSC-2026-000123',
  'ticket.title': 'the ticket\'s title',
  'agency.name': 'the name of the ticket\'s agency',
  'agent.name': 'your own name (the agent sending the reply)',
} as const;

export type PlaceholderName = keyof typeof PLACEHOLDERS;

export interface RenderedText {
  text: string;
  /** Placeholders with a name that is not one of PLACEHOLDERS, as written, once each in order of appearance. */
  unknownPlaceholders: string[];
  /** Known placeholders this ticket has no value for (a ticket without an agency), as written, once each. */
  unfilledPlaceholders: string[];
}

const PLACEHOLDER = /\{\{\s*([^{}]*?)\s*\}\}/g;

const isKnown = (name: string): name is PlaceholderName => Object.prototype.hasOwnProperty.call(PLACEHOLDERS, name);

export function fillPlaceholders(body: string, values: Readonly<Record<PlaceholderName, string | null>>): RenderedText {
  const unknown = new Set<string>();
  const unfilled = new Set<string>();
  const text = body.replace(PLACEHOLDER, (written: string, name: string) => {
    if (!isKnown(name)) {
      unknown.add(written);
      return written;
    }
    const value = values[name];
    if (value === null || value === '') {
      unfilled.add(written);
      return written;
    }
    return value;
  });
  return { text, unknownPlaceholders: [...unknown], unfilledPlaceholders: [...unfilled] };
}
