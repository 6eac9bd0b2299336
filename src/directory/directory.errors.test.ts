import { directoryError, DirectoryErrorCode } from './directory.errors';

describe('directory error codes', () => {
  it('maps a missing agency to NOT_FOUND on the field that named it', () => {
    const err = directoryError(DirectoryErrorCode.AGENCY_NOT_FOUND, { field: ['input', 'agencyId'] });
    expect(err.reason).toBe('AGENCY_NOT_FOUND');
    expect(err.toUserErrors()).toEqual([{ code: 'NOT_FOUND', message: 'no such agency', field: ['input', 'agencyId'] }]);
  });

  it('maps a service of another area to BAD_USER_INPUT', () => {
    expect(directoryError(DirectoryErrorCode.SERVICE_OUTSIDE_AREA, { field: ['input', 'serviceId'] }).toUserErrors()).toEqual([
      { code: 'BAD_USER_INPUT', message: 'the service belongs to another service area', field: ['input', 'serviceId'] },
    ]);
  });
});
