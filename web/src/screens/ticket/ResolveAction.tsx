import { useCallback, useState } from 'react';
import { useMutation } from 'urql';
import { graphql } from '../../gql';
import { useI18n } from '../../i18n/i18n';
import { ActionDialog } from './ActionDialog';
import { ArticlePicker, type PickedArticle } from './ArticlePicker';
import { Field } from './fields';
import { useActionDialog, type ActionProps } from './useActionDialog';

const Resolve = graphql(`
  mutation Resolve($ticketId: ID!, $input: ResolveTicketInput!) {
    resolveTicket(ticketId: $ticketId, input: $input) {
      ticket { ...TicketSummary availableActions impact urgency resolution articles { id title ratings { helpful notHelpful } } }
      userErrors { code message field }
    }
  }
`);

/** Resolve at the current tier: the resolution the customer reads, and the knowledge articles used. */
export function ResolveAction(props: ActionProps) {
  const { t } = useI18n();
  const [resolution, setResolution] = useState('');
  const [articles, setArticles] = useState<PickedArticle[]>([]);
  const clear = useCallback(() => {
    setResolution('');
    setArticles([]);
  }, []);
  const { action, on, onOpenChange, finishWith } = useActionDialog(props, clear);
  const [, resolve] = useMutation(Resolve);
  const label = t('actions.resolve');
  const send = (version: number) =>
    resolve({ ticketId: props.ticket.id, input: { resolution, articleIds: articles.map((a) => a.id), expectedVersion: version } });
  const finish = finishWith(label);
  return (
    <ActionDialog
      name="resolve" open={props.open} onOpenChange={onOpenChange} trigger={label} title={t('actions.resolve.title', { number: props.ticket.number })}
      description={t('actions.resolve.description')} submit={t('actions.resolve.submit')} state={action.state}
      onSubmit={() => void action.run(on, send).then(finish)} onRedo={() => void action.redo().then(finish)}
    >
      <Field label={t('actions.resolution')} error={action.state.fields.resolution}>
        {(p) => <textarea {...p} rows={5} value={resolution} aria-required="true" onChange={(e) => setResolution(e.target.value)} />}
      </Field>
      {props.open && <ArticlePicker ticketId={props.ticket.id} picked={articles} onChange={setArticles} error={action.state.fields.articleIds} />}
    </ActionDialog>
  );
}
