import { Navigate, NavLink, Route, Routes } from 'react-router';
import { useI18n } from '../../i18n/i18n';
import type { MessageKey } from '../../i18n/sv';
import { AgencyEditScreen, AgencyListScreen, AgencyNewScreen } from './AgenciesScreens';
import { AuditList } from './AuditList';
import { GroupEditScreen, GroupListScreen } from './GroupsScreens';
import { ResponsibilitiesScreen } from './ResponsibilitiesScreen';
import { useTitle } from './shared';
import { UserEditScreen, UserListScreen, UserNewScreen } from './UsersScreens';
import './directory.css';

const TABS: { to: string; label: MessageKey }[] = [
  { to: 'users', label: 'dir.tab.users' },
  { to: 'agencies', label: 'dir.tab.agencies' },
  { to: 'groups', label: 'dir.tab.groups' },
  { to: 'responsibilities', label: 'dir.tab.responsibilities' },
  { to: 'audit', label: 'dir.tab.audit' },
];

function AuditScreen() {
  const { t } = useI18n();
  useTitle(t('dir.audit.title'));
  return <AuditList heading={false} />;
}

/**
 * The directory administration (`/admin/directory/*`): users, agencies, support groups and their
 * members, the centre's delivery and account responsibilities, and the change log. The API lets
 * admins only; anyone else sees its FORBIDDEN in words.
 */
export default function DirectoryRoutes() {
  const { t } = useI18n();
  return (
    <div className="directory">
      <h1>{t('dir.title')}</h1>
      <nav aria-label={t('dir.tabs')} className="dir-tabs">
        <ul>
          {TABS.map((tab) => (
            <li key={tab.to}><NavLink to={`/admin/directory/${tab.to}`}>{t(tab.label)}</NavLink></li>
          ))}
        </ul>
      </nav>
      <Routes>
        <Route index element={<Navigate to="users" replace />} />
        <Route path="users" element={<UserListScreen />} />
        <Route path="users/new" element={<UserNewScreen />} />
        <Route path="users/:id" element={<UserEditScreen />} />
        <Route path="agencies" element={<AgencyListScreen />} />
        <Route path="agencies/new" element={<AgencyNewScreen />} />
        <Route path="agencies/:id" element={<AgencyEditScreen />} />
        <Route path="groups" element={<GroupListScreen />} />
        <Route path="groups/:id" element={<GroupEditScreen />} />
        <Route path="responsibilities" element={<ResponsibilitiesScreen />} />
        <Route path="audit" element={<AuditScreen />} />
        <Route path="*" element={<p role="alert">{t('app.notFound')}</p>} />
      </Routes>
    </div>
  );
}
