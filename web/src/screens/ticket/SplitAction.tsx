import { useCallback, useState } from 'react';
import { Link } from 'react-router';
import { useMutation } from 'urql';
import { useI18n } from '../../i18n/i18n';
import { ActionDialog } from './ActionDialog';
import { Field } from './fields';
import { SplitOff } from './mergeQueries';
import { useActionDialog } from './useActionDialog';
import type { TicketForActions } from './useActionDialog';

/** The new case's title the API would choose: the comment's first line (it cuts a long one itself). */
const firstLine = (body: string) => body.split('\n').map((l) => l.trim()).find(Boolean)?.slice(0, 200) ?? '';

/** "Dela av till nytt ärende" on a public comment: a new case from it, with a link to it once made. */
export function SplitAction({ ticket, comment }: { ticket: TicketForActions; comment: { id: string; body: string } }) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  const [title, setTitle] = useState(() => firstLine(comment.body));
  const [created, setCreated] = useState<string | null>(null);
  const clear = useCallback(() => setTitle(firstLine(comment.body)), [comment.body]);
  const { action, on, onOpenChange, finishWith } = useActionDialog({ ticket, open, setOpen, onDone: () => undefined }, clear);
  const [, split] = useMutation(SplitOff);
  // The comment's case only gains a history entry: no version is asked for, so a new comment meanwhile does not stop it.
  const send = async () => {
    const res = await split({ input: { commentId: comment.id, title: title.trim() || null } });
    const number = res.data?.splitTicket.ticket?.number;
    if (number) setCreated(number);
    return res;
  };
  return (
    <>
      <ActionDialog
        name="split" open={open} onOpenChange={(next) => { if (next) setCreated(null); onOpenChange(next); }} trigger={t('split.trigger')} title={t('split.title')}
        description={t('split.description')} submit={t('split.submit')} state={action.state}
        onSubmit={() => void action.run(on, send).then(finishWith(t('split.trigger')))} onRedo={() => void action.redo().then(finishWith(t('split.trigger')))}
      >
        <blockquote className="muted">{comment.body}</blockquote>
        <Field label={t('split.field.title')} error={action.state.fields.title}>
          {(p) => <input {...p} type="text" value={title} onChange={(e) => setTitle(e.target.value)} />}
        </Field>
        {action.state.fields.commentId && <p role="alert" className="error">{action.state.fields.commentId}</p>}
      </ActionDialog>
      {created && (
        <p role="status" className="ok">
          {t('split.created', { number: created })} <Link to={`/tickets/${created}`}>{t('split.open', { number: created })}</Link>
        </p>
      )}
    </>
  );
}
