import { containsPattern, MAX_SEARCH_TEXT, searchText } from './search-text';
import { UserFacingError } from '../errors';

describe('searchText', () => {
  it('trims, and treats blank as no filter', () => {
    expect(searchText('  lön ', 'search')).toBe('lön');
    expect(searchText('   ', 'search')).toBeNull();
    expect(searchText(null, 'search')).toBeNull();
  });

  it('refuses more than MAX_SEARCH_TEXT characters as BAD_USER_INPUT naming the field', () => {
    expect(searchText('x'.repeat(MAX_SEARCH_TEXT))).toHaveLength(200);
    let caught: unknown;
    try {
      searchText('_'.repeat(99_000), 'filter', 'text');
    } catch (err) {
      caught = err;
    }
    expect(caught).toBeInstanceOf(UserFacingError);
    expect((caught as UserFacingError).code).toBe('BAD_USER_INPUT');
    expect((caught as UserFacingError).field).toEqual(['filter', 'text']);
  });

  it('refuses control characters', () => {
    expect(() => searchText('a\u0000b')).toThrow('control characters');
  });
});

describe('containsPattern', () => {
  it('escapes LIKE metacharacters so they match literally', () => {
    expect(containsPattern('50%_a\\b')).toBe('%50\\%\\_a\\\\b%');
  });
});
