// @vitest-environment jsdom
/**
 * Tests for registry-html.ts: release notes are rendered, and sanitized whatever they contain.
 */
import { describe, expect, it } from 'vitest';
import { renderMarkdown } from './registry-html.ts';

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
  it('removes scripts, event handlers, styles, images and forms', () => {
    const html = renderMarkdown(
      '<script>alert(1)</script><p onclick="x()" style="color:red">hi</p><img src="https://t.example/p.gif"><form><input></form>\n\n![x](https://t.example/x.png)',
    );
    expect(html).not.toMatch(/script|onclick|style=|<img|<form|<input/);
    expect(html).toContain('hi');
  });
  it('keeps http(s) links, opening safely, and drops javascript: URLs', () => {
    const html = renderMarkdown(
      '[site](https://example.com) [bad](javascript:alert(1)) <a href="data:text/html,x">d</a>',
    );
    expect(html).toContain('href="https://example.com"');
    expect(html).toContain('rel="noopener noreferrer"');
    expect(html).toContain('target="_blank"');
    expect(html).not.toMatch(/javascript:|data:text/);
  });
});
