import path from 'node:path';
import { Router } from 'express';
import { projectRoot } from '../../project-root';

/** Where the dashboard page, its styles and its scripts live (plain files, served as they are: no bundler). */
export const DASHBOARD_PUBLIC_DIR = path.join(projectRoot(), 'src', 'modules', 'dashboard', 'public');

/**
 * The analysts' dashboard at /dashboard: a static page whose scripts read only the public GraphQL API (at
 * `/graphql`). ECharts and Cytoscape.js come from node_modules (their UMD builds), so it works with no internet.
 */
export function dashboardRouter(): Router {
  const router = Router();
  const vendor: Record<string, string> = {
    'echarts.js': require.resolve('echarts/dist/echarts.min.js'),
    'cytoscape.js': require.resolve('cytoscape/dist/cytoscape.min.js'),
  };
  for (const [name, file] of Object.entries(vendor)) {
    router.get(`/dashboard/vendor/${name}`, (_req, res) => res.sendFile(file, { maxAge: '1d' }));
  }
  // Browsers ask for /favicon.ico on every page; an SVG icon (served as image/svg+xml) answers instead of a 404.
  router.get(['/favicon.ico', '/dashboard/favicon.svg'], (_req, res) =>
    res.type('image/svg+xml').sendFile(path.join(DASHBOARD_PUBLIC_DIR, 'favicon.svg'), { maxAge: '1d' }),
  );
  router.get(['/dashboard', '/dashboard/'], (_req, res) => res.sendFile(path.join(DASHBOARD_PUBLIC_DIR, 'index.html')));
  // The editors' review queue (issue 11): pending proposals with accept and reject buttons.
  router.get(['/dashboard/review', '/dashboard/review/'], (_req, res) => res.sendFile(path.join(DASHBOARD_PUBLIC_DIR, 'review.html')));
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
