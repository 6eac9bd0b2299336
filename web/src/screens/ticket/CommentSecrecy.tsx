import { useCallback, useId, useState } from 'react';
import { useMutation } from 'urql';
import { graphql } from '../../gql';
import type { ConfidentialityCode } from '../../gql/graphql';
import { useI18n } from '../../i18n/i18n';
import { ActionDialog } from './ActionDialog';
import { Field } from './fields';
import { CODES, ReaderList, ReaderRolesField, type ReaderRole, type SecrecyMark } from './SecrecyFields';
import { useActionDialog, type TicketForActions } from './useActionDialog';
import { useTicketAction } from './useTicketAction';

// The comment comes back with its mark (the cache updates the comment list) and the case with its new version.
const MarkComment = graphql(`
  mutation CommentMarkConfidential($input: MarkConfidentialInput!) {
    markConfidential(input: $input) { ticket { id version } comment { id confidential confidentiality { code reason readerRoles } } userErrors { code message field } }
  }
`);

const UnmarkComment = graphql(`
  mutation CommentUnmarkConfidential($input: UnmarkConfidentialInput!) {
    unmarkConfidential(input: $input) { ticket { id version } comment { id confidential confidentiality { code reason readerRoles } } userErrors { code message field } }
  }
`);

interface Form { code: ConfidentialityCode; reason: string; readerRoles: ReaderRole[] }
const EMPTY: Form = { code: 'OSL_21_1', reason: '', readerRoles: [] };

/**
 * One comment's confidentiality: on a marked comment its ground, its readers and a button to take the
 * mark off; else a dialog asking for the ground (code and text) and the reader roles. The API decides
 * who may (admins and who works the case); its refusals show in the dialog, at their fields.
 */
export function CommentSecrecy({ ticket, comment }: { ticket: TicketForActions; comment: { id: string; confidentiality?: SecrecyMark | null } }) {
  const { t } = useI18n();
  const id = useId();
  const [open, setOpen] = useState(false);
  const [form, setForm] = useState<Form>(EMPTY);
  const [done, setDone] = useState<string | null>(null);
  const clear = useCallback(() => setForm(EMPTY), []);
  const { action, on, onOpenChange, finishWith } = useActionDialog({ ticket, open, setOpen, onDone: setDone }, clear);
  const unmarking = useTicketAction(ticket.id);
  const [, mark] = useMutation(MarkComment);
  const [, unmark] = useMutation(UnmarkComment);
  // No version is sent (as for a split): a comment's mark does not depend on the case's other fields.
  const send = () => mark({ input: { commentId: comment.id, code: form.code, reason: form.reason, readerRoles: form.readerRoles } });
  const takeOff = () => {
    setDone(null);
    void unmarking.run(ticket, () => unmark({ input: { commentId: comment.id } })).then((ok) => ok && setDone(t('secrecy.comment.unmarked')));
  };
  const marked = comment.confidentiality;
  const unmarkErrors = [unmarking.state.general, ...Object.values(unmarking.state.fields)].filter(Boolean);
  return (
    <div className="comment-secrecy">
      {marked ? (
        <>
          <p className="muted">{marked.reason} · <ReaderList roles={marked.readerRoles} /></p>
          <button type="button" className="secondary" disabled={unmarking.state.busy} onClick={takeOff}>{t('secrecy.comment.unmark')}</button>
          {unmarkErrors.length > 0 && <p role="alert" className="error">{unmarkErrors.join(' ')}</p>}
        </>
      ) : (
        <ActionDialog
          name="comment-secrecy" open={open} onOpenChange={(next) => { if (next) setDone(null); onOpenChange(next); }} trigger={t('secrecy.comment.trigger')}
          title={t('secrecy.comment.title')} description={t('secrecy.comment.description')} submit={t('secrecy.comment.submit')} state={action.state}
          onSubmit={() => void action.run(on, send).then(finishWith(t('secrecy.comment.marked')))}
          onRedo={() => void action.redo().then(finishWith(t('secrecy.comment.marked')))}
        >
          <Field label={t('secrecy.code')} error={action.state.fields.code}>
            {(p) => (
              <select {...p} value={form.code} onChange={(e) => setForm({ ...form, code: e.target.value as ConfidentialityCode })}>
                {CODES.map((c) => <option key={c} value={c}>{t(`secrecy.code.${c}`)}</option>)}
              </select>
            )}
          </Field>
          <Field label={t('secrecy.reason')} error={action.state.fields.reason} hint={t('secrecy.reason.hint')}>
            {(p) => <input {...p} type="text" maxLength={2000} aria-required="true" value={form.reason} onChange={(e) => setForm({ ...form, reason: e.target.value })} />}
          </Field>
          <ReaderRolesField idBase={id} value={form.readerRoles} error={action.state.fields.readerRoles} onChange={(readerRoles) => setForm({ ...form, readerRoles })} />
          {action.state.fields.commentId && <p role="alert" className="error">{action.state.fields.commentId}</p>}
        </ActionDialog>
      )}
      <p role="status" className="ok">{done ?? ''}</p>
    </div>
  );
}
