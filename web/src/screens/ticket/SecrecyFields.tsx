import type { ConfidentialityCode, Role } from '../../gql/graphql';
import { useI18n } from '../../i18n/i18n';

/** The OSL provisions, in the order the forms offer them. */
export const CODES: readonly ConfidentialityCode[] = ['OSL_18_8', 'OSL_21_1', 'OSL_21_3', 'OSL_39_3', 'OSL_31_16', 'OTHER'];
/** The staff roles a mark can name as readers: admins and the case's group read anyway, the API refuses other roles. */
export const READER_ROLES = ['AGENT', 'SPECIALIST', 'DELIVERY_MANAGER', 'ACCOUNT_MANAGER'] as const satisfies readonly Role[];
export type ReaderRole = (typeof READER_ROLES)[number];
export const isReaderRole = (role: string): role is ReaderRole => (READER_ROLES as readonly string[]).includes(role);

/** A mark as the comment list shows it (the timeline types the API's enums as strings). */
export interface SecrecyMark { code: string; reason: string; readerRoles: readonly string[] }

/** The reader roles as checkboxes, with the API's refusal of them under the group. */
export function ReaderRolesField({ value, onChange, error, idBase }: { value: readonly ReaderRole[]; onChange(next: ReaderRole[]): void; error?: string; idBase: string }) {
  const { t } = useI18n();
  return (
    <fieldset className="secrecy-readers" aria-describedby={error ? `${idBase}-readers-error` : `${idBase}-readers-hint`}>
      <legend>{t('secrecy.readers')}</legend>
      <p id={`${idBase}-readers-hint`} className="muted hint">{t('secrecy.readers.hint')}</p>
      {READER_ROLES.map((role) => (
        <label key={role} className="secrecy-reader">
          <input
            type="checkbox" name="readerRoles" value={role} checked={value.includes(role)} aria-invalid={error ? true : undefined}
            onChange={(e) => onChange(e.target.checked ? [...value, role] : value.filter((r) => r !== role))}
          />{' '}
          {t(`secrecy.role.${role}`)}
        </label>
      ))}
      {error && <p id={`${idBase}-readers-error`} className="error field-error">{error}</p>}
    </fieldset>
  );
}

/** "Får läsas av: Agenter, Specialister" (or that only admins and the case's group read it). */
export function ReaderList({ roles: all }: { roles: readonly string[] }) {
  const { t } = useI18n();
  const roles = all.filter(isReaderRole);
  return (
    <span className="secrecy-reader-list">
      {roles.length ? t('secrecy.readBy', { roles: roles.map((r) => t(`secrecy.role.${r}`)).join(', ') }) : t('secrecy.readBy.none')}
    </span>
  );
}
