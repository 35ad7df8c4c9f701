import path from 'node:path';
import { Router } from 'express';
import { projectRoot } from '../../project-root';
import { WORLD_ATLAS_FILE, worldAtlasCountryCodes } from './country-codes';

/** Where the dashboard page, its styles and its scripts live (plain files, served as they are: no bundler). */
export const DASHBOARD_PUBLIC_DIR = path.join(projectRoot(), 'web', 'dashboard');

/**
 * The analysts' dashboard at /dashboard: a static page whose scripts read only the public GraphQL API (at
 * `/graphql`). ECharts, Cytoscape.js, topojson-client and world-atlas's country shapes come from node_modules (UMD
 * builds, TopoJSON as published), so it works with no internet.
 */
export function dashboardRouter(): Router {
  const router = Router();
  const vendor: Record<string, string> = {
    'echarts.js': require.resolve('echarts/dist/echarts.min.js'),
    'cytoscape.js': require.resolve('cytoscape/dist/cytoscape.min.js'),
    'topojson-client.js': require.resolve('topojson-client/dist/topojson-client.min.js'),
    'countries-50m.json': require.resolve(WORLD_ATLAS_FILE),
  };
  for (const [name, file] of Object.entries(vendor)) {
    router.get(`/dashboard/vendor/${name}`, (_req, res) => res.sendFile(file, { maxAge: '1d' }));
  }
  // The map's key from world-atlas's numeric ids (and names, for shapes without one) to our alpha-2 codes.
  router.get('/dashboard/geo/country-codes.json', (_req, res) =>
    res.set('cache-control', 'public, max-age=86400').json(worldAtlasCountryCodes()),
  );
  // Browsers ask for /favicon.ico on every page; an SVG icon (served as image/svg+xml) answers instead of a 404.
  router.get(['/favicon.ico', '/dashboard/favicon.svg'], (_req, res) =>
    res.type('image/svg+xml').sendFile(path.join(DASHBOARD_PUBLIC_DIR, 'favicon.svg'), { maxAge: '1d' }),
  );
  router.get(['/dashboard', '/dashboard/'], (_req, res) => res.sendFile(path.join(DASHBOARD_PUBLIC_DIR, 'index.html')));
  // The editors' review queue (issue 11): pending proposals with accept and reject buttons.
  router.get(['/dashboard/review', '/dashboard/review/'], (_req, res) =>
    res.sendFile(path.join(DASHBOARD_PUBLIC_DIR, 'review.html')),
  );
  router.get('/dashboard/:file', (req, res, next) => {
    // Only the page's own .css and .js files; express's sendFile rejects `..` and dotfiles.
    if (!/^[a-z0-9-]+\.(css|js)$/.test(req.params.file)) return next();
    res.sendFile(req.params.file, { root: DASHBOARD_PUBLIC_DIR, maxAge: 0 });
  });
  router.get('/dashboard/js/:file', (req, res, next) => {
    if (!/^[a-z0-9-]+\.js$/.test(req.params.file)) return next();
    res.sendFile(req.params.file, { root: path.join(DASHBOARD_PUBLIC_DIR, 'js'), maxAge: 0 });
  });
  return router;
}
