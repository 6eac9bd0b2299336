import { useId } from 'react';
import { LANGUAGES, useI18n } from '../../../i18n/i18n';
import { fileSize } from '../../ticket/TicketAttachments';

/** Several files chosen for a new case, each with its size and a button to take it away again. */
export function FilePicker({ files, onChange }: { files: File[]; onChange(files: File[]): void }) {
  const { t, language } = useI18n();
  const id = useId();
  const locale = LANGUAGES[language].locale;
  return (
    <div className="field">
      <label htmlFor={id}>{t('customerRegister.files')}</label>
      <input
        id={id}
        type="file"
        multiple
        aria-describedby={`${id}-hint`}
        onChange={(e) => {
          onChange([...files, ...Array.from(e.target.files ?? [])]);
          e.target.value = '';
        }}
      />
      <p id={`${id}-hint`} className="cw-hint">{t('customerRegister.files.hint')}</p>
      {files.length > 0 && (
        <ul className="cw-files" aria-label={t('customerRegister.files.chosen')}>
          {files.map((f, i) => (
            <li key={`${f.name}-${i}`}>
              <span>{f.name}</span> <span className="cw-size">{fileSize(f.size, t, locale)}</span>{' '}
              <button type="button" className="cw-link" onClick={() => onChange(files.filter((_, j) => j !== i))}>
                {t('customerRegister.files.remove', { name: f.name })}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
