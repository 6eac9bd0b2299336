import * as Dialog from '@radix-ui/react-dialog';
import { useI18n } from '../i18n/i18n';
import { useShortcutList } from '../shortcuts';
import { Keys } from './Keys';
import './palette.css';

/** The help overlay ("?"): every shortcut registered now, with what it does. */
export default function ShortcutHelp({ open, onOpenChange }: { open: boolean; onOpenChange(open: boolean): void }) {
  const { t } = useI18n();
  const list = useShortcutList();
  return (
    <Dialog.Root open={open} onOpenChange={onOpenChange}>
      <Dialog.Portal>
        <Dialog.Overlay className="overlay" />
        <Dialog.Content className="dialog shortcut-help">
          <Dialog.Title>{t('palette.help.title')}</Dialog.Title>
          <Dialog.Description className="muted">{t('palette.help.intro')}</Dialog.Description>
          <table className="shortcut-table">
            <thead>
              <tr>
                <th scope="col">{t('palette.help.keys')}</th>
                <th scope="col">{t('palette.help.action')}</th>
              </tr>
            </thead>
            <tbody>
              {list.map((s) => (
                <tr key={s.keys} data-keys={s.keys}>
                  <td><Keys keys={s.keys} /></td>
                  <td>{t(s.label)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <Dialog.Close asChild>
            <button type="button">{t('palette.help.close')}</button>
          </Dialog.Close>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
