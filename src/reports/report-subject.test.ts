import { Role } from '../directory/directory.enums';
import type { Viewer } from '../platform/auth/viewer';
import { reportFileName, reportSubject } from './report-subject';

const viewer = (role: Role, over: Partial<Viewer> = {}): Viewer => ({
  userId: 1, email: 'x@example.se', name: 'X', role, agencyId: null, groupIds: [], groupAreaIds: [], deliveryScopes: [], accountAgencyIds: [], knowledgeEditor: false, ...over,
});
const names = {
  agency: (id: number) => ({ 1: 'Skatteverket', 2: 'Försäkringskassan' })[id] ?? '?',
  area: (id: number) => ({ 10: 'Lön', 20: 'Ekonomi' })[id] ?? '?',
  service: (id: number) => ({ 100: 'Reseräkningar' })[id] ?? '?',
};
const none = { agencyId: null, serviceAreaId: null, serviceId: null };

describe('what a report covers, in words and as a file name', () => {
  it('names the agency, the whole centre, or the viewer\'s scope, narrowed to a service', () => {
    expect(reportSubject(viewer(Role.ADMIN), none, names)).toBe('Hela centret');
    expect(reportSubject(viewer(Role.CUSTOMER, { agencyId: 2 }), { ...none, agencyId: 2 }, names)).toBe('Försäkringskassan');
    expect(reportSubject(viewer(Role.ACCOUNT_MANAGER, { accountAgencyIds: [1, 2] }), none, names)).toBe('Skatteverket, Försäkringskassan');
    const dm = viewer(Role.DELIVERY_MANAGER, { deliveryScopes: [{ agencyId: 1, serviceAreaId: 10 }, { agencyId: 2, serviceAreaId: 10 }, { agencyId: 2, serviceAreaId: 20 }] });
    expect(reportSubject(dm, none, names)).toBe('Skatteverket (Lön), Försäkringskassan (Lön, Ekonomi)');
    expect(reportSubject(dm, { ...none, agencyId: 1 }, names)).toBe('Skatteverket (Lön)');
    expect(reportSubject(viewer(Role.SPECIALIST, { groupAreaIds: [20] }), { agencyId: null, serviceAreaId: 10, serviceId: 100 }, names)).toBe('Hela centret (Ekonomi) · Reseräkningar');
  });

  it('makes a file name of the period and the subject', () => {
    expect(reportFileName({ label: '2027-Q2', from: '2027-04-01', to: '2027-06-30' }, 'Försäkringskassan')).toBe('sla-2027-Q2-forsakringskassan');
    expect(reportFileName({ label: '2027-04-01–2027-05-31', from: '2027-04-01', to: '2027-05-31' }, 'Skatteverket (Lön) · Reseräkningar')).toBe('sla-2027-04-01-2027-05-31-skatteverket-lon-reserakningar');
    expect(reportFileName({ label: '2027-Q2', from: '2027-04-01', to: '2027-06-30' }, 'Hela centret')).toBe('sla-2027-Q2-hela-centret');
  });
});
