import { useCallback, useId, useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { useI18n } from '../../i18n/i18n';
import { ActionDialog } from './ActionDialog';
import { Field } from './fields';
import { MergeCandidates, MergeInto } from './mergeQueries';
import { useActionDialog, type ActionProps } from './useActionDialog';

const OPEN = ['NEW', 'IN_PROGRESS', 'WAITING_FOR_CUSTOMER', 'WAITING_FOR_VENDOR'] as const;

/** "Slå ihop med…": pick an open case of the same agency by number or text, then merge this one into it. */
export function MergeAction(props: ActionProps) {
  const { t } = useI18n();
  const listId = useId();
  const [search, setSearch] = useState('');
  const [targetId, setTargetId] = useState('');
  const [reason, setReason] = useState('');
  const [unpicked, setUnpicked] = useState(false);
  const clear = useCallback(() => {
    setSearch('');
    setTargetId('');
    setReason('');
    setUnpicked(false);
  }, []);
  const { action, on, onOpenChange, finishWith } = useActionDialog(props, clear);
  const agency = props.ticket.agency;
  const filter = { status: [...OPEN], ...(agency ? { agencyId: agency.id } : {}), ...(search.trim() ? { text: search.trim() } : {}) };
  const [{ data, fetching, error }] = useQuery({ query: MergeCandidates, variables: { filter }, pause: !props.open });
  const candidates = (data?.tickets.edges ?? []).map((e) => e.node).filter((c) => c.id !== props.ticket.id);
  const [, merge] = useMutation(MergeInto);
  const label = t('merge.trigger');
  const finish = finishWith(t('merge.done'));
  const send = (version: number) => merge({ input: { sourceId: props.ticket.id, targetId, expectedVersion: version, reason: reason.trim() || null } });
  const targetError = action.state.fields.targetId ?? (unpicked && !targetId ? t('merge.pickFirst') : undefined);
  const submit = () => {
    setUnpicked(!targetId);
    if (targetId) void action.run(on, send).then(finish);
  };
  return (
    <ActionDialog
      name="merge" open={props.open} onOpenChange={onOpenChange} trigger={label} title={t('merge.title', { number: props.ticket.number })}
      description={t('merge.description')} submit={t('merge.submit')} state={action.state}
      onSubmit={submit} onRedo={() => void action.redo().then(finish)}
    >
      <Field label={t('merge.search')} hint={t('merge.search.hint')}>
        {(p) => <input {...p} type="search" value={search} onChange={(e) => setSearch(e.target.value)} />}
      </Field>
      <fieldset className="article-picker merge-candidates">
        <legend>{t('merge.candidates', { agency: agency?.name ?? '—' })}</legend>
        {error && <p role="alert" className="error">{t('app.error', { message: error.message })}</p>}
        {fetching && !data && <p role="status">{t('merge.loading')}</p>}
        {data && candidates.length === 0 && <p className="muted">{t('merge.noCandidates')}</p>}
        <ul className="article-list">
          {candidates.map((c) => (
            <li key={c.id}>
              <label>
                <input type="radio" name={`${listId}-target`} value={c.id} checked={targetId === c.id} onChange={() => setTargetId(c.id)} aria-describedby={targetError ? `${listId}-error` : undefined} />{' '}
                <strong>{c.number}</strong> {c.title} <span className="muted">({t(`status.${c.status}`)})</span>
              </label>
            </li>
          ))}
        </ul>
        {targetError && <p id={`${listId}-error`} className="error field-error">{targetError}</p>}
      </fieldset>
      <Field label={t('merge.reason')} error={action.state.fields.reason}>
        {(p) => <textarea {...p} rows={3} value={reason} onChange={(e) => setReason(e.target.value)} />}
      </Field>
    </ActionDialog>
  );
}
