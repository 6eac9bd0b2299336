import { AgencyContact } from '../collaboration/agreement.entity';
import { ContactRole, Side } from '../collaboration/collaboration.enums';
import type { User } from '../directory/user.entity';
import type { Context } from '../platform/context';
import type { MajorIncidentDeclaredPayload } from '../tickets/problem.events';
import { wantsMail } from './mail-preferences';
import { MailKind } from './mail.enums';
import { mailSettingsOf } from './outbound-runtime';
import { queueMail } from './outbox';
import { USER_MAIL_LANGUAGE } from './templates/common';
import { majorIncidentMail } from './templates/major-incident';

/**
 * A major incident: each delivery manager (person and deputy, active) of an affected agency and
 * service area who gets MAJOR_INCIDENT by mail is told once, with the linked cases they answer for.
 * Queued in the declaring transaction, so a rolled-back link mails nothing.
 */
export async function notifyMajorIncident(tx: Context, { problem, linkedCount, affected }: MajorIncidentDeclaredPayload): Promise<void> {
  if (!affected.length) return;
  const contacts = await tx.em.find(
    AgencyContact,
    { side: Side.CENTRE, role: ContactRole.DELIVERY_MANAGER, $or: affected.map((a) => ({ agency: a.agencyId, serviceArea: a.serviceAreaId })) },
    { populate: ['person', 'deputy'], orderBy: { id: 'asc' } },
  );
  const recipients = new Map<number, { user: User; cases: string[] }>();
  for (const contact of contacts) {
    const scope = affected.find((a) => a.agencyId === contact.agency.id && a.serviceAreaId === contact.serviceArea?.id);
    for (const user of [contact.person, contact.deputy]) {
      if (!user || !user.active || !scope) continue;
      const entry = recipients.get(user.id) ?? { user, cases: [] };
      entry.cases.push(...scope.numbers);
      recipients.set(user.id, entry);
    }
  }
  for (const { user, cases } of recipients.values()) {
    if (!(await wantsMail(tx.em, user, MailKind.MAJOR_INCIDENT))) continue;
    const content = majorIncidentMail({ recipientName: user.name, problemNumber: problem.number, problemTitle: problem.title, linkedCount, ownCases: [...new Set(cases)] }, USER_MAIL_LANGUAGE);
    await queueMail(
      tx.em,
      { kind: MailKind.MAJOR_INCIDENT, to: { address: user.email, name: user.name, user }, ticket: problem, content, sourceKey: `major-incident:${problem.id}:${user.id}` },
      mailSettingsOf(tx.em).domain,
      tx.clock.now(),
    );
  }
}
