import type { Visibility, Impact, SavedReplyScope, UpdateSavedReplyInput, Urgency } from '../../gql/graphql';
import type { Translate } from '../../i18n/i18n';
import { sv, type MessageKey } from '../../i18n/sv';
import { errorsByField, lastInputField, type FormErrors, type UserError } from '../admin/admin-common';

export const replyPath = (id: string) => `/replies/${encodeURIComponent(id)}`;

/** PERSONAL, GROUP (with its group's name) or GLOBAL, in words. */
export function scopeText(t: Translate, reply: { scope: SavedReplyScope; group?: { name: string } | null }): string {
  return reply.scope === 'GROUP' && reply.group ? t('replies.scope.GROUP.named', { group: reply.group.name }) : t(`replies.scope.${reply.scope}`);
}

export const SCOPES: readonly SavedReplyScope[] = ['PERSONAL', 'GROUP', 'GLOBAL'];
export const LEVELS: readonly Impact[] = ['HIGH', 'MEDIUM', 'LOW'];
/** The statuses a macro may set (the API refuses the others). */
export const MACRO_STATUSES = ['IN_PROGRESS', 'WAITING_FOR_CUSTOMER'] as const;

/** The form as typed: '' is "no such change". */
export interface ReplyForm {
  title: string;
  body: string;
  scope: SavedReplyScope;
  groupId: string;
  commentVisibility: Visibility;
  impact: Impact | '';
  urgency: Urgency | '';
  status: (typeof MACRO_STATUSES)[number] | '';
  escalateToGroupId: string;
}

export const EMPTY_FORM: ReplyForm = {
  title: '', body: '', scope: 'PERSONAL', groupId: '', commentVisibility: 'PUBLIC', impact: '', urgency: '', status: '', escalateToGroupId: '',
};

interface LoadedReply {
  title: string;
  body: string;
  scope: SavedReplyScope;
  group?: { id: string } | null;
  changes: { commentVisibility: Visibility; impact?: Impact | null; urgency?: Urgency | null; status?: string | null; escalateTo?: { id: string } | null };
}

export function formOf(r: LoadedReply): ReplyForm {
  const status = MACRO_STATUSES.find((s) => s === r.changes.status) ?? '';
  return {
    title: r.title, body: r.body, scope: r.scope, groupId: r.group?.id ?? '', commentVisibility: r.changes.commentVisibility,
    impact: r.changes.impact ?? '', urgency: r.changes.urgency ?? '', status, escalateToGroupId: r.changes.escalateTo?.id ?? '',
  };
}

/**
 * What create and update send: everything on the form, the changes as a whole (the API replaces
 * them), the group only for a GROUP reply. The API checks it all and says what is wrong.
 */
export function inputOf(f: ReplyForm) {
  return {
    title: f.title,
    body: f.body,
    scope: f.scope,
    ...(f.scope === 'GROUP' && f.groupId ? { groupId: f.groupId } : {}),
    changes: {
      commentVisibility: f.commentVisibility,
      impact: f.impact || null,
      urgency: f.urgency || null,
      status: f.status || null,
      escalateToGroupId: f.escalateToGroupId || null,
    },
  } satisfies UpdateSavedReplyInput;
}

/** The catalogue's sentence for a user error (`replies.err.<field>.<code>`, or by code), else the API's message. */
export function explainError(t: Translate, e: UserError): string {
  const field = e.field ? (lastInputField(e.field) ?? e.field[e.field.length - 1]) : '';
  for (const key of [`replies.err.${field}.${e.code}`, `replies.err.${e.code}`]) if (key in sv) return t(key as MessageKey);
  return e.message;
}

/** The API's user errors at the form's fields (the last part of ['input', 'changes', 'impact']), the rest above it. */
export const formErrors = (t: Translate, userErrors: readonly UserError[]): FormErrors =>
  errorsByField(userErrors.map((e) => ({ ...e, message: explainError(t, e) })));
