// @vitest-environment jsdom
/**
 * Tests for registry-html.ts: registry Markdown and HTML are rendered, and whatever they
 * contain, only the allow-listed tags and the attributes Markdown needs survive.
 */
import { describe, expect, it } from 'vitest';
import { dropStyleAttributes, renderMarkdown, sanitizeHtml } from './registry-html.ts';

/** Attribute names left anywhere in sanitized HTML. */
function attributesOf(html: string): string[] {
  const div = document.createElement('div');
  div.innerHTML = html;
  return [...div.querySelectorAll('*')].flatMap((el) => el.getAttributeNames()).sort();
}

const PNG = 'data:image/png;base64,iVBORw0KGgo=';

describe('renderMarkdown', () => {
  it('renders Markdown', () => {
    const html = renderMarkdown('Fixes:\n\n- **faster** sync\n- `rpc` port');
    expect(html).toContain('<strong>faster</strong>');
    expect(html).toContain('<li><code>rpc</code> port</li>');
  });
  it('demotes headings below the page sections', () => {
    expect(renderMarkdown('# Big\n\n### Small\n\n###### Tiny')).toMatch(
      /<h3>Big<\/h3>[\s\S]*<h5>Small<\/h5>[\s\S]*<h6>Tiny<\/h6>/,
    );
  });
  it('removes scripts, event handlers, styles and forms', () => {
    const html = renderMarkdown(
      '<script>alert(1)</script><p onclick="x()" style="color:red">hi</p><style>p{}</style><form><input></form><iframe src="https://t.example/"></iframe><svg><a href="https://x.example/">s</a></svg>',
    );
    expect(html).not.toMatch(/script|onclick|style|<form|<input|<iframe|<svg/);
    expect(html).toContain('hi');
  });
  it('keeps http(s) and mailto links, opening safely, and drops every other href', () => {
    const html = renderMarkdown(
      '[site](https://example.com) [mail](mailto:a@example.com) [bad](javascript:alert(1)) <a href="data:text/html,x">d</a> <a href="/settings">rel</a> <a href="vbscript:x">v</a>',
    );
    expect(html).toContain('href="https://example.com"');
    expect(html).toContain('href="mailto:a@example.com"');
    expect(html.match(/href=/g)).toHaveLength(2);
    expect(html.match(/rel="noopener noreferrer"/g)).toHaveLength(6);
    expect(html).toContain('target="_blank"');
  });
});

describe('sanitizeHtml', () => {
  it('drops class, id, style, data-* and aria-*: notes cannot paint a fake page', () => {
    const html = sanitizeHtml(
      '<div class="fixed top-0 left-0 z-50 min-h-screen w-full bg-white" id="root" style="position:fixed" data-x="1" aria-hidden="true" name="n"><h1 title="t">Session expired</h1><a href="https://evil.example/" class="btn">Re-import your key</a></div>',
    );
    expect(attributesOf(html)).toEqual(['href', 'rel', 'target', 'title']);
    expect(html).toContain('Session expired');
  });
  it('keeps src only on images, and only for data:image/ URLs (SVG included)', () => {
    const svg = 'data:image/svg+xml;base64,PHN2Zy8+';
    const html = sanitizeHtml(
      `<img src="${PNG}" alt="ok"><img src="${svg}"><img src="http://192.168.1.10/x.png" alt="lan"><img src="data:text/html;base64,PGI+"><img src="//t.example/p.gif"><video src="${PNG}"></video>`,
    );
    const div = document.createElement('div');
    div.innerHTML = html;
    expect([...div.querySelectorAll('img')].map((i) => i.getAttribute('src'))).toEqual([
      PNG,
      svg,
      null,
      null,
      null,
    ]);
    expect(html).toContain('alt="lan"');
    expect(html).not.toContain('<video');
  });
  it('renders upstream marketplace fixtures as HTML', () => {
    const html = sanitizeHtml(
      'Lorem ipsum dolor sit amet, <p>consectetur adipiscing elit</p>, sed do eiusmod <i>tempor</i> incididunt',
    );
    expect(html).toBe(
      'Lorem ipsum dolor sit amet, <p>consectetur adipiscing elit</p>, sed do eiusmod <i>tempor</i> incididunt',
    );
  });
});

describe('dropStyleAttributes', () => {
  it('removes style attributes from start tags before parsing, and nothing else', () => {
    expect(
      dropStyleAttributes(
        '<div style="position:fixed" title="t"><p/style=\'x\'>a</p><b STYLE=x>b</b><i style>c</i><code>style="kept"</code></div>',
      ),
    ).toBe('<div title="t"><p>a</p><b>b</b><i>c</i><code>style="kept"</code></div>');
  });
});
