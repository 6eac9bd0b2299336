import { fromGlobalId, toGlobalId } from './global-id';

describe('global IDs', () => {
  it('encode "Type:id" as base64url, the same answer every time, also past the memo bound', () => {
    expect([toGlobalId('Ticket', 1), toGlobalId('User', 408), toGlobalId('Ticket', 1)]).toEqual(['VGlja2V0OjE', 'VXNlcjo0MDg', 'VGlja2V0OjE']);
    for (let id = 1; id <= 45_000; id++) {
      const globalId = toGlobalId('Agency', id);
      if (globalId !== Buffer.from(`Agency:${id}`).toString('base64url')) throw new Error(`Agency ${id} encoded as ${globalId}`);
    }
    expect([toGlobalId('Agency', 7), fromGlobalId(toGlobalId('Agency', 44_999))]).toEqual(['QWdlbmN5Ojc', { type: 'Agency', id: 44_999 }]);
  });
});
