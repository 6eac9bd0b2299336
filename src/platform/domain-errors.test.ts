import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { DomainError, errorsOf, userError, UserErrorCode, UserFacingError, type ErrorMapping } from './errors';

const SRC = join(__dirname, '..');
const files = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []));

describe('domain errors', () => {
  it('raise the domain code with its mapped public error', () => {
    enum Code {
      THING_GONE = 'THING_GONE',
    }
    const mapping = { [Code.THING_GONE]: ({ id }: { id: string }) => userError(UserErrorCode.NOT_FOUND, `no thing ${id}`, 'thingId') } satisfies ErrorMapping<Code>;
    const err = errorsOf(mapping)(Code.THING_GONE, { id: '7' });
    expect(err).toBeInstanceOf(DomainError);
    expect(err).toBeInstanceOf(UserFacingError);
    expect([err.reason, err.code, err.message, err.field]).toEqual(['THING_GONE', 'NOT_FOUND', 'no thing 7', ['thingId']]);
  });

  // Domain meaning lives in each domain's *.errors.ts mapping, not in free text at the throw site.
  it('are the only user errors domains raise: no free-text builder or UserFacingError outside platform/ and the mappings', () => {
    const offenders = files(SRC)
      .filter((f) => !f.endsWith('.test.ts') && !f.endsWith('.errors.ts'))
      .filter((f) => !relative(SRC, f).startsWith('platform') && !relative(SRC, f).startsWith('node'))
      .flatMap((f) =>
        readFileSync(f, 'utf8')
          .split('\n')
          .map((line, i) => ({ line, at: `${relative(SRC, f)}:${i + 1}` }))
          .filter(({ line }) => /\bbadInput\(|new UserFacingError\(|\buserError\(/.test(line))
          .map(({ at }) => at),
      );
    expect(offenders).toEqual([]);
  });
});
