import { failedModuleUrl, retrying, retryUrl } from '../web/src/chunk-retry';

/** The console's retry of a screen chunk that failed to arrive (web/src/chunk-retry.ts); the browser half is in test/e2e/knowledge.e2e.test.ts. */
describe('retrying a lazy screen chunk', () => {
  it('names the module a failed import names, and gives each attempt its own retry parameter', () => {
    expect(failedModuleUrl(new TypeError('Failed to fetch dynamically imported module: http://127.0.0.1:4000/assets/KnowledgeRoutes-Cx1.js'))).toBe(
      'http://127.0.0.1:4000/assets/KnowledgeRoutes-Cx1.js',
    );
    expect(failedModuleUrl(new TypeError('error loading dynamically imported module: https://sd.example/assets/A.js?retry=1.'))).toBe('https://sd.example/assets/A.js?retry=1');
    expect(failedModuleUrl(new TypeError('Importing a module script failed.'))).toBeNull();
    expect(retryUrl('http://h/assets/A.js', 1)).toBe('http://h/assets/A.js?retry=1');
    expect(retryUrl('http://h/assets/A.js?retry=1', 2)).toBe('http://h/assets/A.js?retry=2');
  });

  it('imports the named module under a new retry parameter after each failure, and the original import when none is named', async () => {
    const imported: string[] = [];
    let original = 0;
    const failing = (message: string) => () => {
      original++;
      return Promise.reject(new TypeError(message));
    };
    const importUrl = (url: string) => {
      imported.push(url);
      return imported.length < 2 ? Promise.reject(new TypeError(`Failed to fetch dynamically imported module: ${url}`)) : Promise.resolve('screen');
    };
    expect(await retrying(failing('Failed to fetch dynamically imported module: http://h/assets/A.js'), [0, 0], importUrl)).toBe('screen');
    expect([original, imported]).toEqual([1, ['http://h/assets/A.js?retry=1', 'http://h/assets/A.js?retry=2']]);

    original = 0;
    await expect(retrying(failing('Importing a module script failed.'), [0, 0], importUrl)).rejects.toThrow('Importing a module script failed.');
    expect(original).toBe(3);
  });
});
