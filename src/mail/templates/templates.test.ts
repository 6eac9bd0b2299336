import { Priority } from '../../tickets/ticket.enums';
import { directOrderMail } from './direct-order';
import { orderApprovalRequestMail } from './order-approval-request';
import { slaBreachMail } from './sla-breach';

/** The English versions and the HTML of the process notifications (the API tests read the Swedish text). */
describe('process notification templates', () => {
  it('asks for approval in English, values escaped in the HTML', () => {
    const mail = orderApprovalRequestMail(
      { ordererName: 'Kim <Admin>', orderTitle: 'Extra payroll run', ticketNumber: 'SSC-2027-000001', agencyName: 'Skatteverket', special: true, estimatedHours: 12, reportedHours: 4.5, deliveredAt: new Date('2027-03-08T14:00:00Z') },
      'en',
    );
    expect(mail.subject).toBe('Approve the delivery: Extra payroll run');
    expect(mail.text).toContain('Kind: Special service\nEstimated hours: 12 hours\nReported hours: 4.5 hours\nDelivered: 2027-03-08\n');
    expect(mail.html).toContain('Hello Kim &lt;Admin&gt;,');
    expect(mail.html).not.toContain('<Admin>');
  });

  it('tells the account manager of a direct order, and bundles breaches with the P1 count in the subject', () => {
    expect(directOrderMail({ recipientName: 'Karl', orderTitle: 'Run', description: 'x', ticketNumber: 'SSC-2027-000001', agencyName: 'CSN', unitManagerName: 'Maria', estimatedHours: 6, hourlyPrice: 950.5 }, 'en').text).toContain(
      'Ordered by: Maria\nEstimated hours: 6\nHourly price: 950.5 kr\n',
    );
    const breach = (eventId: number, priority: Priority) => ({ eventId, priority, metric: 'RESOLUTION', ticketNumber: `SSC-2027-00000${eventId}`, title: 'T', agency: 'CSN', area: 'Lön', at: new Date('2027-03-08T09:00:00Z') });
    expect(slaBreachMail({ recipientName: 'Maria', breaches: [breach(1, Priority.P1), breach(2, Priority.P3)] }, 'en').subject).toBe('2 new SLA breaches (1 P1)');
    expect(slaBreachMail({ recipientName: 'Maria', breaches: [breach(1, Priority.P1), breach(2, Priority.P3)] }, 'sv').subject).toBe('2 nya SLA-brott (1 P1)');
    expect(slaBreachMail({ recipientName: 'Maria', breaches: [breach(2, Priority.P3)] }, 'en').text).toContain('Target: Resolution\nBreached: 2027-03-08 10:00\n');
  });
});
