/**
 * The import rules of src/, checked by `npm test` (`npm run deps`):
 * - no import cycle, counting type-only imports too (a cycle is a seam in the wrong place);
 * - platform/ imports no domain and not the app: it is what every domain uses;
 * - no domain imports the app (app.ts is the one place that lists the domains).
 */
module.exports = {
  forbidden: [
    { name: 'no-circular', severity: 'error', comment: 'Import cycles tie domains together: move the shared part to platform/ or invert the dependency with a declaration.', from: {}, to: { circular: true } },
    { name: 'platform-imports-no-domain', severity: 'error', comment: 'platform/ is used by every domain and knows none.', from: { path: '^src/platform/' }, to: { path: '^src/', pathNot: '^src/platform/' } },
    { name: 'domains-do-not-import-the-app', severity: 'error', comment: 'Only app.ts lists the domains; a domain reaches another through its exports.', from: { path: '^src/', pathNot: '^src/(app|main)\\.ts$|^src/cli/' }, to: { path: '^src/(app|main)\\.ts$' } },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    exclude: { path: '\\.test\\.ts$' },
  },
};
