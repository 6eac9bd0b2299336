import { Route, Routes } from 'react-router';
import { useI18n } from '../../i18n/i18n';
import { useViewer } from '../../viewer';
import { NotAllowed } from '../admin/admin-common';
import { OutgoingMailList } from './OutgoingMailList';
import { OutgoingMailView } from './OutgoingMailView';
import '../admin/admin.css';
import './mail.css';

/**
 * Outgoing mail (`/admin/mail/*`): the list and one mail, for admins, as the API's viewer says;
 * the API's own FORBIDDEN shows as the same "not allowed" state.
 */
export default function MailRoutes() {
  const { t } = useI18n();
  const viewer = useViewer();
  if (!viewer) return <p role="status">{t('app.loading')}</p>;
  if (viewer.role !== 'ADMIN') return <NotAllowed />;
  return (
    <Routes>
      <Route index element={<OutgoingMailList />} />
      <Route path=":id" element={<OutgoingMailView />} />
      <Route path="*" element={<p role="alert">{t('app.notFound')}</p>} />
    </Routes>
  );
}
