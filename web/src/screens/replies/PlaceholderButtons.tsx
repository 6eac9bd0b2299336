import type { RefObject } from 'react';
import { useI18n } from '../../i18n/i18n';
import { sv, type MessageKey } from '../../i18n/sv';

/**
 * The placeholders the body may use (from savedReplyPlaceholders), each a button that writes it
 * where the cursor is in the body and puts the focus back there.
 */
export function PlaceholderButtons({ placeholders, body, value, onChange, disabled }: {
  placeholders: readonly { placeholder: string; description: string }[];
  body: RefObject<HTMLTextAreaElement | null>;
  value: string;
  onChange(value: string): void;
  disabled: boolean;
}) {
  const { t } = useI18n();
  const insert = (placeholder: string) => {
    const area = body.current;
    const start = area?.selectionStart ?? value.length;
    const end = area?.selectionEnd ?? value.length;
    onChange(value.slice(0, start) + placeholder + value.slice(end));
    requestAnimationFrame(() => {
      area?.focus();
      area?.setSelectionRange(start + placeholder.length, start + placeholder.length);
    });
  };
  const describe = (p: { placeholder: string; description: string }) => {
    const key = `replies.placeholder.${p.placeholder.replace(/[{}]/g, '')}`;
    return key in sv ? t(key as MessageKey) : p.description;
  };
  return (
    <div className="replies-placeholders" role="group" aria-label={t('replies.placeholders')}>
      <p className="muted">{t('replies.placeholders.hint')}</p>
      <ul>
        {placeholders.map((p) => (
          <li key={p.placeholder}>
            <button type="button" className="secondary" disabled={disabled} aria-label={t('replies.placeholders.insert', { placeholder: p.placeholder })} onClick={() => insert(p.placeholder)}>
              <code>{p.placeholder}</code>
            </button>{' '}
            <span className="muted">{describe(p)}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
