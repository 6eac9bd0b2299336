import { Fragment } from 'react';
import { useI18n } from '../i18n/i18n';

const MAC = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);

/** One key as printed on the keyboard: "mod" is Ctrl (⌘ on a Mac). */
function keyName(key: string): string {
  return key
    .split('+')
    .map((part) => (part === 'mod' ? (MAC ? '⌘' : 'Ctrl') : part.length === 1 ? part.toUpperCase() : part))
    .join(MAC ? '' : '+');
}

/** A shortcut's keys: "g w" is G, then W. */
export function Keys({ keys }: { keys: string }) {
  const { t } = useI18n();
  const steps = keys.split(' ');
  return (
    <span className="keys">
      {steps.map((step, i) => (
        <Fragment key={i}>
          {i > 0 && <span className="then"> {t('palette.help.then')} </span>}
          <kbd>{keyName(step)}</kbd>
        </Fragment>
      ))}
    </span>
  );
}

