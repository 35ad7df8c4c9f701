// The IDE's code exporter (issue 17, item 5): a GraphiQL plugin that shows the current tab's operation, variables and
// headers as a curl command and as a fetch call, so a query built by ticking fields in the explorer can be run from a
// shell, a notebook or a web page. Browser code, loaded as a classic script after React and GraphiQL's UMD builds.
(function () {
  'use strict';

  /** Parses an editor's JSON text; an empty editor is `{}`, and text that is not a JSON object is `undefined`. */
  function parseObject(text) {
    if (!text || !text.trim()) return {};
    try {
      const value = JSON.parse(text);
      return value && typeof value === 'object' && !Array.isArray(value) ? value : undefined;
    } catch {
      return undefined;
    }
  }

  /** Quotes a string for a POSIX shell: single quotes, each inner one written as '\''. */
  function shellQuote(text) {
    return `'${String(text).replace(/'/g, `'\\''`)}'`;
  }

  /**
   * The snippets for one request.
   * @param {{url: string, query: string, variables: string, headers: string}} request the endpoint's absolute URL and
   *   the three editors' texts
   * @returns {{curl: string, fetch: string} | {error: string}} the snippets, or why there are none (the variables or
   *   headers editor does not hold a JSON object)
   */
  function exportSnippets(request) {
    const variables = parseObject(request.variables);
    if (!variables) return { error: 'The variables editor does not hold a JSON object.' };
    const extraHeaders = parseObject(request.headers);
    if (!extraHeaders) return { error: 'The headers editor does not hold a JSON object.' };
    const body = { query: request.query };
    if (Object.keys(variables).length > 0) body.variables = variables;
    const headers = { 'content-type': 'application/json', ...extraHeaders };
    const curl = [
      `curl -sS -X POST ${shellQuote(request.url)}`,
      ...Object.entries(headers).map(([name, value]) => `  -H ${shellQuote(`${name}: ${value}`)}`),
      `  --data ${shellQuote(JSON.stringify(body))}`,
    ].join(' \\\n');
    const fetchCall = [
      `const response = await fetch(${JSON.stringify(request.url)}, {`,
      `  method: 'POST',`,
      `  headers: ${JSON.stringify(headers, null, 2).replace(/\n/g, '\n  ')},`,
      `  body: JSON.stringify(${JSON.stringify(body, null, 2).replace(/\n/g, '\n  ')}),`,
      `});`,
      `const { data, errors } = await response.json();`,
    ].join('\n');
    return { curl, fetch: fetchCall };
  }

  const h = React.createElement;
  const { useEditorContext } = GraphiQL.React;

  /** Re-renders the plugin whenever one of the three editors changes. */
  function useEditorTexts() {
    const context = useEditorContext({ nonNull: true });
    const [, setTick] = React.useState(0);
    const editors = [context.queryEditor, context.variableEditor, context.headerEditor].filter(Boolean);
    React.useEffect(() => {
      const onChange = () => setTick((tick) => tick + 1);
      editors.forEach((editor) => editor.on('change', onChange));
      return () => editors.forEach((editor) => editor.off('change', onChange));
    }, editors);
    return {
      query: context.queryEditor?.getValue() ?? '',
      variables: context.variableEditor?.getValue() ?? '',
      headers: context.headerEditor?.getValue() ?? '',
    };
  }

  function Snippet({ id, title, text }) {
    const [copied, setCopied] = React.useState(false);
    const copy = () =>
      navigator.clipboard?.writeText(text).then(
        () => setCopied(true),
        () => setCopied(false),
      );
    return h(
      'section',
      { className: 'code-exporter-snippet' },
      h('h3', null, title, ' ', h('button', { type: 'button', onClick: copy }, copied ? 'Copied' : 'Copy')),
      h('pre', { id, tabIndex: 0 }, text),
    );
  }

  function CodeExporter() {
    const texts = useEditorTexts();
    const url = new URL(window.GRAPHQL_ENDPOINT, location.href).href;
    const snippets = exportSnippets({ url, ...texts });
    return h(
      'div',
      { className: 'code-exporter' },
      h('div', { className: 'graphiql-doc-explorer-title' }, 'Code'),
      h(
        'p',
        null,
        'The current tab as a request, with its variables and headers (a token in the headers is copied too).',
      ),
      snippets.error
        ? h('p', { role: 'alert' }, snippets.error)
        : [
            h(Snippet, { key: 'curl', id: 'code-exporter-curl', title: 'curl', text: snippets.curl }),
            h(Snippet, { key: 'fetch', id: 'code-exporter-fetch', title: 'JavaScript fetch', text: snippets.fetch }),
          ],
    );
  }

  function CodeIcon() {
    return h(
      'svg',
      { viewBox: '0 0 24 24', width: 24, height: 24, fill: 'none', stroke: 'currentColor', strokeWidth: 1.5 },
      h('path', { d: 'M8 7l-5 5 5 5M16 7l5 5-5 5M14 4l-4 16' }),
    );
  }

  window.codeExporterPlugin = { title: 'Code exporter', icon: CodeIcon, content: CodeExporter };
  window.exportSnippets = exportSnippets;
})();
