import { MenuProblems } from './ivr-menu.service';
import { ivrError, IvrErrorCode } from './ivr.errors';

describe('IVR error codes', () => {
  it('maps an ended call to INVALID_TRANSITION without a field', () => {
    const err = ivrError(IvrErrorCode.CALL_ENDED);
    expect(err.reason).toBe('CALL_ENDED');
    expect(err.toUserErrors()).toEqual([{ code: 'INVALID_TRANSITION', message: 'the call has ended', field: undefined }]);
  });

  it('maps no published menu to UNAVAILABLE', () => {
    expect(ivrError(IvrErrorCode.NO_MENU_PUBLISHED).toUserErrors()).toEqual([
      { code: 'UNAVAILABLE', message: 'no IVR menu is published: the phone service cannot take calls', field: undefined },
    ]);
  });

  it('reports each problem of an unpublishable menu on its own node, under MENU_NOT_PUBLISHABLE', () => {
    const err = new MenuProblems([{ node: 'start', message: 'key 1 leads nowhere' }, { node: null, message: 'no root' }]);
    expect(err.reason).toBe('MENU_NOT_PUBLISHABLE');
    expect(err.message).toBe('the menu cannot be published: start: key 1 leads nowhere; no root');
    expect(err.toUserErrors()).toEqual([
      { code: 'BAD_USER_INPUT', message: 'start: key 1 leads nowhere', field: ['nodes', 'start'] },
      { code: 'BAD_USER_INPUT', message: 'no root', field: ['root'] },
    ]);
  });
});
