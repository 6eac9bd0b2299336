import * as Dialog from '@radix-ui/react-dialog';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { useClient, useMutation } from 'urql';
import { apiErrorMessage } from '../../components/ApiError';
import { useI18n } from '../../i18n/i18n';
import { RepliesDelete, RepliesReply } from './queries';
import { explainError } from './shared';

/** "Delete" with a confirmation dialog: deleteSavedReply with the version read; a refusal is shown in the dialog. */
export function DeleteReply({ reply, version, onVersion }: { reply: { id: string; title: string }; version: number; onVersion(version: number): void }) {
  const { t } = useI18n();
  const navigate = useNavigate();
  const client = useClient();
  const [open, setOpen] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [{ fetching }, remove] = useMutation(RepliesDelete);

  async function confirm() {
    setError(null);
    const result = await remove({ savedReplyId: reply.id, expectedVersion: version });
    const payload = result.data?.deleteSavedReply;
    if (result.error || !payload) return setError(t('app.error', { message: apiErrorMessage(result.error, t) }));
    if (payload.userErrors.length) {
      if (payload.userErrors.some((e) => e.code === 'CONFLICT')) {
        const fresh = (await client.query(RepliesReply, { id: reply.id }, { requestPolicy: 'network-only' }).toPromise()).data?.savedReply;
        if (fresh) onVersion(fresh.version);
      }
      return setError(payload.userErrors.map((e) => explainError(t, e)).join(' '));
    }
    setOpen(false);
    navigate('/replies', { state: { done: t('replies.deleted', { title: reply.title }) } });
  }

  return (
    <Dialog.Root open={open} onOpenChange={(o) => (setOpen(o), setError(null))}>
      <Dialog.Trigger asChild>
        <button type="button" className="danger">{t('replies.delete')}</button>
      </Dialog.Trigger>
      <Dialog.Portal>
        <Dialog.Overlay className="replies-overlay" />
        <Dialog.Content className="replies-dialog">
          <Dialog.Title>{t('replies.delete.title', { title: reply.title })}</Dialog.Title>
          <Dialog.Description>{t('replies.delete.description')}</Dialog.Description>
          {error && <p role="alert" className="error">{error}</p>}
          <div className="replies-buttons">
            <button type="button" className="danger" disabled={fetching} onClick={() => void confirm()}>{t('replies.delete.confirm')}</button>
            <Dialog.Close asChild>
              <button type="button" className="secondary">{t('replies.cancel')}</button>
            </Dialog.Close>
          </div>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
