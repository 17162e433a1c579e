/**
 * @module
 * Release notes are Markdown written by package developers: rendered with marked, then
 * sanitized with a private DOMPurify instance (no scripts, styles, forms, frames or images, only
 * http(s)/mailto links, which open in a new tab with `rel="noopener noreferrer"`). Headings are
 * demoted by two levels so they sit under the page's own h2 sections. Needs a DOM (`window`).
 */
import createDOMPurify, { type DOMPurify } from 'dompurify';
import { Marked, type Tokens } from 'marked';

const marked = new Marked({
  gfm: true,
  async: false,
  renderer: {
    heading(
      this: { parser: { parseInline: (t: Tokens.Heading['tokens']) => string } },
      { tokens, depth }: Tokens.Heading,
    ) {
      const level = Math.min(6, depth + 2);
      return `<h${level}>${this.parser.parseInline(tokens)}</h${level}>\n`;
    },
  },
});

let purifier: DOMPurify | null = null;

function getPurifier(): DOMPurify {
  if (purifier) return purifier;
  const p = createDOMPurify(window);
  p.addHook('afterSanitizeAttributes', (node) => {
    if (node.tagName === 'A') {
      node.setAttribute('target', '_blank');
      node.setAttribute('rel', 'noopener noreferrer');
    }
  });
  purifier = p;
  return p;
}

/** Markdown → sanitized HTML string, safe for `dangerouslySetInnerHTML`. */
export function renderMarkdown(src: string): string {
  const html = marked.parse(src, { async: false });
  return getPurifier().sanitize(html, {
    FORBID_TAGS: [
      'img',
      'style',
      'form',
      'input',
      'button',
      'textarea',
      'select',
      'iframe',
      'svg',
      'math',
    ],
    FORBID_ATTR: ['style'],
    ALLOWED_URI_REGEXP: /^(?:https?:|mailto:)/i,
  });
}
