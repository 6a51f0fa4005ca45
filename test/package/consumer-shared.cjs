// Checks shared by the ESM and CJS consumers of the packed package (see scripts/check-package.mjs).
// Each check prints one JSON line: { "name": string, "ok": boolean, "detail": string }.
'use strict';

function report(name, ok, detail = '') {
  process.stdout.write(`${JSON.stringify({ name, ok: Boolean(ok), detail: String(detail) })}\n`);
}

function check(name, body) {
  try {
    const detail = body();
    report(name, true, detail ?? '');
  } catch (error) {
    report(name, false, error && error.stack ? error.stack.split('\n').slice(0, 3).join(' | ') : String(error));
  }
}

/** Every subpath exposes the names it promises, as functions or components. */
function checkExports(moduleKind, modules, expected) {
  for (const [specifier, names] of Object.entries(expected)) {
    check(`${moduleKind}: ${specifier} exports ${names.join(', ')}`, () => {
      const namespace = modules[specifier];
      const missing = names.filter((name) => namespace[name] === undefined || namespace[name] === null);
      if (missing.length > 0)
        throw new Error(`missing: ${missing.join(', ')}; has ${Object.keys(namespace).length} exports`);
      return `${Object.keys(namespace).length} exports`;
    });
  }
  // The same function must come out of `ripen` and of the subpath: two copies would mean two React
  // contexts (StreamProvider from one entry invisible to hooks from the other) and doubled code.
  check(`${moduleKind}: ripen and ripen/core share one createJsonParser`, () => {
    if (modules['ripen'].createJsonParser !== modules['ripen/core'].createJsonParser)
      throw new Error('two different copies');
  });
  check(`${moduleKind}: ripen and ripen/react share one useJsonStream`, () => {
    if (modules['ripen'].useJsonStream !== modules['ripen/react'].useJsonStream)
      throw new Error('two different copies');
  });
}

/** Server-renders a component using the hook (idle state, nothing fetched) and a library component. */
function checkServerRender(moduleKind, modules, React, ReactDomServer, expectedReactMajor) {
  check(`${moduleKind}: React ${expectedReactMajor} is the one installed`, () => {
    if (!React.version.startsWith(`${expectedReactMajor}.`)) throw new Error(`found React ${React.version}`);
    return React.version;
  });
  check(`${moduleKind}: renderToString with useJsonStream and <Card> (React ${expectedReactMajor})`, () => {
    const { useJsonStream } = modules['ripen/react'];
    const { Card } = modules['ripen'];
    function Probe() {
      const stream = useJsonStream({ source: 'http://127.0.0.1:9/never-fetched', provider: 'text', autoStart: false });
      return React.createElement(
        'section',
        null,
        React.createElement(
          'output',
          { 'data-state': stream.status },
          stream.value === undefined ? 'no value' : 'value',
        ),
        React.createElement(Card, {
          value: { title: 'Smoke test title', body: 'Rendered on the server.' },
          status: 'complete',
        }),
      );
    }
    const html = ReactDomServer.renderToString(React.createElement(Probe));
    if (!html.includes('data-state="idle"'))
      throw new Error(`hook did not render the idle state: ${html.slice(0, 300)}`);
    if (!html.includes('Smoke test title')) throw new Error(`Card did not render its title: ${html.slice(0, 300)}`);
    return `${html.length} characters of HTML`;
  });
}

module.exports = { check, report, checkExports, checkServerRender };
