import * as Dialog from '@radix-ui/react-dialog';
import type { FormEvent, ReactNode } from 'react';
import { useI18n } from '../../i18n/i18n';
import { ConflictNotice } from './ConflictNotice';
import type { ActionState } from './useTicketAction';

interface Props {
  open: boolean;
  onOpenChange(open: boolean): void;
  /** The button that opens it, shown in the action bar. */
  trigger: string;
  title: string;
  description: string;
  submit: string;
  state: ActionState;
  onSubmit(): void;
  onRedo(): void;
  /** For the tests and styles: which action. */
  name: string;
  children: ReactNode;
}

/**
 * One ticket action with inputs, in an accessible Radix dialog: title, description, the fields (with
 * the API's errors at them), what changed if the version was stale (and a redo), submit and cancel.
 */
export function ActionDialog({ open, onOpenChange, trigger, title, description, submit, state, onSubmit, onRedo, name, children }: Props) {
  const { t } = useI18n();
  return (
    <Dialog.Root open={open} onOpenChange={onOpenChange}>
      <Dialog.Trigger asChild>
        <button type="button" data-action={name}>{trigger}</button>
      </Dialog.Trigger>
      <Dialog.Portal>
        <Dialog.Overlay className="dialog-overlay" />
        <Dialog.Content className="dialog" data-dialog={name}>
          <Dialog.Title>{title}</Dialog.Title>
          <Dialog.Description className="muted">{description}</Dialog.Description>
          <form
            className="dialog-form"
            noValidate
            onSubmit={(e: FormEvent) => {
              e.preventDefault();
              onSubmit();
            }}
          >
            {children}
            {state.conflict && <ConflictNotice conflict={state.conflict} busy={state.busy} onRedo={onRedo} />}
            {state.general && <p role="alert" className="error">{state.general}</p>}
            {Object.keys(state.fields).length > 0 && <p role="alert" className="sr-only">{Object.values(state.fields).join(' ')}</p>}
            <div className="row dialog-buttons">
              {!state.conflict && <button type="submit" disabled={state.busy}>{submit}</button>}
              <Dialog.Close asChild>
                <button type="button" className="secondary">{t('actions.cancel')}</button>
              </Dialog.Close>
            </div>
          </form>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
