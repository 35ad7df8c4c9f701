import path from 'node:path';
import { Router } from 'express';
import { projectRoot } from '../project-root';
import { EXAMPLE_QUERIES } from './example-queries';
import { cspNonce, scriptNonce } from './web-security';

/**
 * The in-browser IDE (GraphiQL 3 with React 18 UMD builds), served entirely from node_modules and `web/ide`: it works
 * with no internet, unlike Apollo's default landing page, which loads from a CDN. Its headers tab takes a bearer token;
 * a note above the editor says how to get one (`npm run token`) and where to paste it. Two plugins serve people who do
 * not write GraphQL (issue 17, item 5): the GraphiQL explorer (`@graphiql/plugin-explorer` 3.2.5, the version for
 * GraphiQL 3.8's `@graphiql/react` 0.28), open by default, builds a query by ticking fields and arguments; the code
 * exporter (`web/ide/code-exporter.js`) shows the tab as a curl command and a fetch call.
 */
export function graphiqlRouter(endpoint: string): Router {
  const router = Router();
  const packageDir = (name: string) => path.dirname(require.resolve(`${name}/package.json`));
  const assets: Record<string, string> = {
    'react.js': path.join(packageDir('react'), 'umd', 'react.production.min.js'),
    'react-dom.js': path.join(packageDir('react-dom'), 'umd', 'react-dom.production.min.js'),
    'graphiql.js': path.join(packageDir('graphiql'), 'graphiql.min.js'),
    'graphiql.css': path.join(packageDir('graphiql'), 'graphiql.min.css'),
    'explorer.js': path.join(packageDir('@graphiql/plugin-explorer'), 'dist', 'index.umd.js'),
    'explorer.css': path.join(packageDir('@graphiql/plugin-explorer'), 'dist', 'style.css'),
    'code-exporter.js': path.join(projectRoot(), 'web', 'ide', 'code-exporter.js'),
  };
  for (const [name, file] of Object.entries(assets)) {
    router.get(`/ide/${name}`, (_req, res) => res.sendFile(file, { maxAge: '1d' }));
  }
  router.get(endpoint, (req, res, next) => {
    // Browsers ask for HTML; GraphQL clients (GET queries, Accept: application/json) go on to Apollo.
    if (req.query.query !== undefined || req.accepts(['application/json', 'text/html']) !== 'text/html') return next();
    scriptNonce(req, res, () => res.type('html').send(graphiqlPage(endpoint, cspNonce(res))));
  });
  return router;
}

/** `value` as JSON that is safe inside an inline script (no `<`, so no `</script>`). */
function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}

/** What a new tab holds: a pointer to the explorer instead of GraphiQL's long welcome text. */
export const NEW_TAB_QUERY =
  '# Build a query by ticking fields and arguments in the Explorer on the left, or type one here.\n' +
  '# Ctrl-Enter runs it; the </> button on the left shows it as curl and fetch.\n';

/**
 * The IDE page; `?q=<query>` in the URL (links from the dashboard) opens that query in a first tab.
 * @param nonce the Content-Security-Policy nonce of this response, which the inline start-up script must carry
 */
export function graphiqlPage(endpoint: string, nonce = ''): string {
  const tabs = scriptJson(EXAMPLE_QUERIES.map((tab) => ({ query: tab.query })));
  return `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8" />
  <title>VET policy graph · GraphiQL</title>
  <link rel="stylesheet" href="/ide/graphiql.css" />
  <link rel="stylesheet" href="/ide/explorer.css" />
  <style>
    body { margin: 0; height: 100vh; display: flex; flex-direction: column; font-family: system-ui, sans-serif; }
    #auth-note { padding: 4px 12px; font-size: 13px; background: #f3f6fa; border-bottom: 1px solid #dde3ea; }
    #auth-note code { background: #e6ebf1; padding: 0 3px; border-radius: 3px; }
    #graphiql { flex: 1; min-height: 0; }
    .code-exporter pre { white-space: pre-wrap; word-break: break-all; font-size: 12px; background: #f3f6fa;
      padding: 8px; border-radius: 4px; }
    .code-exporter h3 { font-size: 14px; margin: 12px 0 4px; }
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
  <script src="/ide/explorer.js"></script>
  <script src="/ide/code-exporter.js"></script>
  <script nonce="${nonce}">
    window.GRAPHQL_ENDPOINT = ${JSON.stringify(endpoint)};
    const examples = ${tabs};
    const fromUrl = new URLSearchParams(location.search).get('q');
    const tabs = fromUrl ? [{ query: fromUrl }, ...examples] : examples;
    const fetcher = GraphiQL.createFetcher({ url: ${JSON.stringify(endpoint)} });
    const explorer = GraphiQLPluginExplorer.explorerPlugin({ showAttribution: false });
    ReactDOM.createRoot(document.getElementById('graphiql')).render(
      React.createElement(GraphiQL, {
        fetcher,
        plugins: [explorer, codeExporterPlugin],
        visiblePlugin: explorer,
        defaultTabs: tabs,
        defaultQuery: ${scriptJson(NEW_TAB_QUERY)},
        defaultEditorToolsVisibility: true,
        shouldPersistHeaders: true,
      }),
    );
  </script>
</body>
</html>`;
}
