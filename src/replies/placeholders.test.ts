import { fillPlaceholders } from './placeholders';

const values = {
  'requester.name': 'Karin Kund',
  'ticket.number': 'SSC-2026-000123',
  'ticket.title': 'Lön saknas',
  'agency.name': 'Skatteverket',
  'agent.name': 'Anna Servicedesk',
};

describe('fillPlaceholders', () => {
  it('fills every known placeholder, with or without spaces inside the braces', () => {
    const out = fillPlaceholders('Hej {{requester.name}} ({{ agency.name }})! Ärende {{ticket.number}}: {{ticket.title}}. /{{agent.name}}', values);
    expect(out).toEqual({
      text: 'Hej Karin Kund (Skatteverket)! Ärende SSC-2026-000123: Lön saknas. /Anna Servicedesk',
      unknownPlaceholders: [],
      unfilledPlaceholders: [],
    });
  });

  it('leaves an unknown placeholder as written and lists it once', () => {
    const out = fillPlaceholders('{{kund.telefon}} {{ticket.number}} {{kund.telefon}} {{ }}', values);
    expect(out).toEqual({ text: '{{kund.telefon}} SSC-2026-000123 {{kund.telefon}} {{ }}', unknownPlaceholders: ['{{kund.telefon}}', '{{ }}'], unfilledPlaceholders: [] });
  });

  it('leaves a known placeholder without a value as written and lists it apart', () => {
    const out = fillPlaceholders('Myndighet: {{agency.name}}', { ...values, 'agency.name': null });
    expect(out).toEqual({ text: 'Myndighet: {{agency.name}}', unknownPlaceholders: [], unfilledPlaceholders: ['{{agency.name}}'] });
  });

  it('does not fill a value into itself: a value holding braces is not read again', () => {
    const out = fillPlaceholders('{{ticket.title}}', { ...values, 'ticket.title': '{{agent.name}}' });
    expect(out.text).toBe('{{agent.name}}');
  });

  it('ignores single braces and text without placeholders', () => {
    expect(fillPlaceholders('{a} {{b', values)).toEqual({ text: '{a} {{b', unknownPlaceholders: [], unfilledPlaceholders: [] });
  });

  it('treats a name as a plain key: no prototype property is a placeholder', () => {
    expect(fillPlaceholders('{{constructor}}', values).unknownPlaceholders).toEqual(['{{constructor}}']);
  });
});
