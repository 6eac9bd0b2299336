import type { Context } from '../platform/context';
import { requireViewer } from '../platform/auth/viewer';
import { runMutation } from '../platform/graphql/mutation';
import { User } from '../directory/user.entity';
import type { MailKind } from './mail.enums';
import { mailError, MailErrorCode } from './mail.errors';
import { MAIL_BY_DEFAULT } from './mail-preferences';
import { MailPreference } from './mail-preference.entity';
import { kindAppliesTo, KINDS_BY_ROLE } from './preferences-kinds';

/** One kind of notification as the viewer has it: by mail or not, and whether that is the kind's default (no choice made). */
export interface MailPreferenceValue {
  kind: MailKind;
  byMail: boolean;
  isDefault: boolean;
  defaultByMail: boolean;
}

const valueOf = (kind: MailKind, choice: MailPreference | undefined): MailPreferenceValue => ({
  kind,
  byMail: choice ? choice.byMail : MAIL_BY_DEFAULT[kind],
  isDefault: !choice,
  defaultByMail: MAIL_BY_DEFAULT[kind],
});

/** Every kind that applies to the viewer's role, in the enum's order, with the viewer's choice or the default. */
export async function myMailPreferences(ctx: Context): Promise<MailPreferenceValue[]> {
  const viewer = requireViewer(ctx);
  const kinds = KINDS_BY_ROLE[viewer.role];
  if (!kinds.length) return [];
  const choices = await ctx.em.find(MailPreference, { user: viewer.userId, kind: { $in: [...kinds] } });
  return kinds.map((kind) => valueOf(kind, choices.find((c) => c.kind === kind)));
}

/** The viewer chooses whether `kind` comes by mail (a kind outside their role: NOT_ALLOWED, nothing stored). */
export function setMailPreference(ctx: Context, kind: MailKind, byMail: boolean) {
  return runMutation(ctx, async (tx) => {
    const viewer = requireViewer(tx);
    if (!kindAppliesTo(viewer.role, kind)) throw mailError(MailErrorCode.MAIL_KIND_NOT_FOR_ROLE, { kind, role: viewer.role });
    let choice = await tx.em.findOne(MailPreference, { user: viewer.userId, kind });
    if (!choice) {
      choice = tx.em.create(MailPreference, { user: tx.em.getReference(User, viewer.userId), kind, byMail, updatedAt: tx.clock.now() });
    } else if (choice.byMail !== byMail) {
      choice.byMail = byMail;
      choice.updatedAt = tx.clock.now();
    }
    await tx.em.flush();
    return valueOf(kind, choice);
  });
}
