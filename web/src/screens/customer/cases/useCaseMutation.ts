import { useState } from 'react';
import type { CombinedError } from 'urql';
import { apiErrorMessage } from '../../../components/ApiError';
import { useI18n } from '../../../i18n/i18n';

interface UserError { code: string; message: string; field?: readonly string[] | null }
interface Result { data?: object | null; error?: CombinedError }

export interface CaseMutationState {
  busy: boolean;
  /** The API's userErrors at their input field (the path's last part); the others under `general`. */
  fields: Record<string, string>;
  general?: string;
  done: boolean;
}

/** The fields no control of the customer web shows: their errors are shown above the button. */
const NOT_A_FIELD = new Set(['ticketId', 'expectedVersion', 'input']);

/** Runs one of the case's mutations and keeps its outcome: the API's userErrors at their field, or done. */
export function useCaseMutation() {
  const { t } = useI18n();
  const [state, setState] = useState<CaseMutationState>({ busy: false, fields: {}, done: false });
  const run = async (call: () => Promise<Result>): Promise<boolean> => {
    setState({ busy: true, fields: {}, done: false });
    const result = await call();
    const payload = result.data ? (Object.values(result.data)[0] as { userErrors: readonly UserError[] } | undefined) : undefined;
    if (result.error || !payload) {
      setState({ busy: false, fields: {}, done: false, general: t('app.error', { message: apiErrorMessage(result.error, t) }) });
      return false;
    }
    const fields: Record<string, string> = {};
    const general: string[] = [];
    for (const e of payload.userErrors) {
      const field = e.field?.[e.field.length - 1];
      if (field && !NOT_A_FIELD.has(field)) fields[field] = e.message;
      else general.push(e.message);
    }
    const ok = payload.userErrors.length === 0;
    setState({ busy: false, fields, general: general.length ? general.join(' ') : undefined, done: ok });
    return ok;
  };
  return { state, run };
}
