import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import express from 'express';

/**
 * Paths the API answers itself: never the console's index.html, even when nothing matched there.
 * The SLA report's files are below /reports/sla (GET /reports/sla.csv, /reports/sla.pdf,
 * /reports/sla/chart.svg); the rest of /reports is the console's "Reports and forums" screen.
 */
const API_PREFIXES = ['/graphql', '/healthz', '/readyz', '/reports/sla', '/invoices', '/ivr', '/auth'];

/** The built console (`web/dist`) of this package: found from here up to the folder with package.json. */
export function defaultConsoleRoot(from = __dirname): string {
  let dir = from;
  while (!existsSync(join(dir, 'package.json')) && dirname(dir) !== dir) dir = dirname(dir);
  return join(dir, 'web', 'dist');
}

/**
 * The staff console at `/`: its static files (hashed assets cached for a year, index.html never)
 * and, for any other GET outside the API's paths, index.html so that every console URL can be
 * bookmarked and reloaded (the client-side router shows the screen). Without a build, such a GET
 * answers 404 with the command that builds it.
 */
export function consoleRoute(root: string = defaultConsoleRoot()): express.Router {
  const router = express.Router();
  const index = resolve(root, 'index.html');
  router.use('/assets', express.static(join(root, 'assets'), { immutable: true, maxAge: '365d', index: false, fallthrough: false }));
  router.use(express.static(root, { index: false, maxAge: 0 }));
  router.use((req, res, next) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return next();
    if (API_PREFIXES.some((p) => req.path === p || req.path.startsWith(`${p}/`) || req.path.startsWith(`${p}.`))) return next();
    if (!existsSync(index)) {
      res.status(404).type('text/plain').send('The console is not built: run `npm run build`.');
      return;
    }
    res.setHeader('cache-control', 'no-cache');
    res.sendFile(index);
  });
  return router;
}
