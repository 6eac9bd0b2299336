import { canonical, changedFields, REDACTED, REDACTED_CHANGED, redactPair, redactUrl } from './audit-diff';

describe('the audit log\'s redaction', () => {
  it('replaces secret-named fields at any depth, marking a replaced secret as changed', () => {
    const [before, after] = redactPair(
      { url: 'https://a.example/h', secret: 'whsec_old', nested: { apiKey: 'k1', accessToken: 't' }, list: [{ password: 'p' }] },
      { url: 'https://a.example/h', secret: 'whsec_new', nested: { apiKey: 'k1', accessToken: null }, list: [{ password: 'p' }] },
    );
    expect(before).toEqual({ url: 'https://a.example/h', secret: REDACTED, nested: { apiKey: REDACTED, accessToken: REDACTED }, list: [{ password: REDACTED }] });
    expect(after).toEqual({ url: 'https://a.example/h', secret: REDACTED_CHANGED, nested: { apiKey: REDACTED, accessToken: null }, list: [{ password: REDACTED }] });
    expect(changedFields(before, after)).toEqual(['nested', 'secret']);
  });

  it('keeps secrets out of URLs: secret-named query values and passwords', () => {
    expect(redactUrl('https://u:pw@hooks.example/x?token=abc&team=7&sig=zz')).toBe('https://u:redacted@hooks.example/x?token=redacted&team=7&sig=redacted');
    expect(redactUrl('https://hooks.example/x?team=7')).toBe('https://hooks.example/x?team=7');
    expect(redactUrl('not a url ?token=1')).toBe('not a url ?token=1');
  });
});

describe('changed fields', () => {
  it('lists the top-level fields that differ, by content not key order, and every field of a creation or removal', () => {
    expect(changedFields({ a: 1, b: { x: 1, y: 2 }, c: null }, { a: 1, b: { y: 2, x: 1 }, c: 'now' })).toEqual(['c']);
    expect(changedFields(null, { name: 'n', active: true })).toEqual(['active', 'name']);
    expect(changedFields({ member: '4' }, null)).toEqual(['member']);
    expect(canonical({ b: 1, a: [2, { d: 1, c: 2 }] })).toBe('{"a":[2,{"c":2,"d":1}],"b":1}');
  });
});
