import { render } from '@testing-library/react';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  AgentSteps,
  AutoView,
  Card,
  Chart,
  createDefaultCatalog,
  KeyValue,
  List,
  Renderer,
  Table,
  Text,
} from '../../src/components/index.js';
import { allAttributes } from './helpers.js';

const HOSTILE_URLS = [
  'javascript:alert(1)',
  'JAVASCRIPT:alert(1)',
  ' \tjavascript:alert(1)',
  'java\u0000script:alert(1)',
  'jav&#x09;ascript:alert(1)',
  '&#106;&#97;vascript:alert(1)',
  'vbscript:msgbox(1)',
  'data:text/html,<script>alert(1)</script>',
  'data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+',
  '//evil.example/x',
];
const HTML_STRINGS = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '"><svg onload=alert(1)>',
  '<a href="javascript:alert(1)">x</a>',
];

function hostileObject(url: string, html: string): Record<string, unknown> {
  const value = JSON.parse(
    `{"__proto__": {"polluted": true}, "constructor": {"prototype": {"polluted": true}}, "title": ${JSON.stringify(html)}, "body": ${JSON.stringify(html)}, "image": ${JSON.stringify(url)}, "href": ${JSON.stringify(url)}, "srcdoc": ${JSON.stringify(html)}, "onclick": "alert(1)", "style": "background:url(javascript:alert(1))", "dangerouslySetInnerHTML": {"__html": ${JSON.stringify(html)}}, "actions": [{"label": "Go", "url": ${JSON.stringify(url)}}]}`,
  ) as Record<string, unknown>;
  return value;
}

function expectInert(container: HTMLElement, html: string) {
  for (const attribute of allAttributes(container)) {
    expect(attribute.name.startsWith('on'), `${attribute.tag} has ${attribute.name}`).toBe(false);
    expect(
      ['srcdoc', 'href', 'formaction', 'xlink:href', 'action'],
      `${attribute.tag} has ${attribute.name}`,
    ).not.toContain(attribute.name);
    if (attribute.name === 'src') expect(attribute.value).toMatch(/^https?:/);
    expect(
      /javascript:|vbscript:|data:/i.test(attribute.value),
      `${attribute.tag} ${attribute.name}=${attribute.value}`,
    ).toBe(false);
  }
  expect(container.querySelector('script, iframe, object, embed, a, form')).toBeNull();
  // HTML in strings is shown as text
  expect(container.textContent).toContain(html);
}

describe('hostile model output renders inert', () => {
  for (const url of HOSTILE_URLS) {
    for (const html of HTML_STRINGS) {
      it(`url ${JSON.stringify(url)} with ${JSON.stringify(html)}`, () => {
        const value = hostileObject(url, html);
        const views = [
          <Card value={value} status="complete" images onAction={() => undefined} />,
          <AutoView value={value} status="complete" images />,
          <KeyValue value={value} status="complete" />,
          <Table value={[value, value]} status="complete" />,
          <List value={[html, url]} status="complete" />,
          <Text value={html} status="streaming" />,
          <AgentSteps
            value={[{ thought: html, action: 'fetch', action_input: value, observation: html }]}
            status="complete"
          />,
          <Renderer
            spec={{ type: 'card', props: value, children: [{ type: 'text', props: { text: html } }] }}
            catalog={createDefaultCatalog()}
            context={{ images: true }}
            status="complete"
          />,
        ];
        for (const view of views) {
          const { container, unmount } = render(view);
          expectInert(container, html);
          unmount();
        }
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      });
    }
  }

  it('__proto__ keys are shown as ordinary data', () => {
    const value = JSON.parse('{"__proto__": "proto value", "name": "n"}') as Record<string, unknown>;
    const { container } = render(<KeyValue value={value} />);
    expect([...container.querySelectorAll('dt')].map((dt) => dt.textContent)).toEqual(['Proto', 'Name']);
    expect(container.textContent).toContain('proto value');
  });

  it('a chart with hostile labels keeps them as SVG text', () => {
    const { container } = render(
      <Chart
        value={[
          { label: '<script>x</script>', v: 1 },
          { label: 'javascript:alert(1)', v: 2 },
        ]}
        kind="bar"
      />,
    );
    expect(container.querySelector('script')).toBeNull();
    expect(container.textContent).toContain('<script>x</script>');
  });

  it('no component source uses dangerouslySetInnerHTML or spreads model data', () => {
    const files: string[] = [];
    const walk = (dir: string) => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        if (entry.isDirectory()) walk(join(dir, entry.name));
        else files.push(join(dir, entry.name));
      }
    };
    walk(join(process.cwd(), 'src', 'components'));
    expect(files.length).toBeGreaterThan(20);
    for (const file of files) {
      const source = readFileSync(file, 'utf8');
      expect(source.includes('dangerouslySetInnerHTML'), file).toBe(false);
      expect(/\{\.\.\.(value|props\.value|record|node|args\.props)\}/.test(source), file).toBe(false);
      expect(/\bhref=/.test(source), file).toBe(false);
    }
  });
});
