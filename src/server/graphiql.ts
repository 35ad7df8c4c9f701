import path from 'node:path';
import { Router } from 'express';
import { EXAMPLE_QUERIES } from './example-queries';
import { cspNonce } from './web-security';

/**
 * The in-browser IDE (GraphiQL 3 with React 18 UMD builds), served entirely from node_modules: it works with no
 * internet, unlike Apollo's default landing page, which loads from a CDN. Its headers tab takes a bearer token; a note
 * above the editor says how to get one (`npm run token`) and where to paste it.
 */
export function graphiqlRouter(endpoint: string): Router {
  const router = Router();
  const packageDir = (name: string) => path.dirname(require.resolve(`${name}/package.json`));
  const assets: Record<string, string> = {
    'react.js': path.join(packageDir('react'), 'umd', 'react.production.min.js'),
    'react-dom.js': path.join(packageDir('react-dom'), 'umd', 'react-dom.production.min.js'),
    'graphiql.js': path.join(packageDir('graphiql'), 'graphiql.min.js'),
    'graphiql.css': path.join(packageDir('graphiql'), 'graphiql.min.css'),
  };
  for (const [name, file] of Object.entries(assets)) {
    router.get(`/ide/${name}`, (_req, res) => res.sendFile(file, { maxAge: '1d' }));
  }
  router.get(endpoint, (req, res, next) => {
    // Browsers ask for HTML; GraphQL clients (GET queries, Accept: application/json) go on to Apollo.
    if (req.query.query !== undefined || req.accepts(['application/json', 'text/html']) !== 'text/html') return next();
    res.type('html').send(graphiqlPage(endpoint, cspNonce(res)));
  });
  return router;
}

/**
 * The IDE page; `?q=<query>` in the URL (links from the dashboard) opens that query in a first tab.
 * @param nonce the Content-Security-Policy nonce of this response, which the inline start-up script must carry
 */
export function graphiqlPage(endpoint: string, nonce = ''): string {
  const tabs = JSON.stringify(EXAMPLE_QUERIES.map((tab) => ({ query: tab.query }))).replace(/</g, '\\u003c');
  return `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8" />
  <title>VET policy graph · GraphiQL</title>
  <link rel="stylesheet" href="/ide/graphiql.css" />
  <style>
    body { margin: 0; height: 100vh; display: flex; flex-direction: column; font-family: system-ui, sans-serif; }
    #auth-note { padding: 4px 12px; font-size: 13px; background: #f3f6fa; border-bottom: 1px solid #dde3ea; }
    #auth-note code { background: #e6ebf1; padding: 0 3px; border-radius: 3px; }
    #graphiql { flex: 1; min-height: 0; }
  </style>
</head>
<body>
  <div id="auth-note">Reads are open unless the server says otherwise. To write, get a token with
    <code>npm run token -- --role editor</code> (deletes and imports: <code>--role admin</code>), open <b>Headers</b> below the
    editor and paste <code>{"Authorization": "Bearer &lt;token&gt;"}</code>; it is kept in this browser.</div>
  <div id="graphiql">Loading the IDE…</div>
  <script src="/ide/react.js"></script>
  <script src="/ide/react-dom.js"></script>
  <script src="/ide/graphiql.js"></script>
  <script nonce="${nonce}">
    const examples = ${tabs};
    const fromUrl = new URLSearchParams(location.search).get('q');
    const tabs = fromUrl ? [{ query: fromUrl }, ...examples] : examples;
    const fetcher = GraphiQL.createFetcher({ url: ${JSON.stringify(endpoint)} });
    ReactDOM.createRoot(document.getElementById('graphiql')).render(
      React.createElement(GraphiQL, {
        fetcher,
        defaultTabs: tabs,
        defaultEditorToolsVisibility: true,
        shouldPersistHeaders: true,
      }),
    );
  </script>
</body>
</html>`;
}
