/**
 * @module
 * The one sanitizer for Markdown and HTML that registries supply (release notes, long
 * descriptions): every place that renders such content goes through this module, through
 * `components/registry-content.tsx`. A private DOMPurify instance keeps an allow-list of
 * text-level and block tags and only the attributes Markdown needs: `href` (http(s)/mailto
 * only; links open in a new tab with `rel="noopener noreferrer"`), `title`, `alt`, and `src`
 * only on images and only for `data:image/…` URLs (lib/inline-image.ts), so no content can position or style itself
 * (no `class`, `id`, `style`), load anything from the network, or run script. Markdown headings
 * are demoted by two levels so they sit under the page's own h2 sections. Needs a DOM (`window`).
 */
import createDOMPurify, { type Config, type DOMPurify } from 'dompurify';
import { Marked, type Tokens } from 'marked';
import { isInlineImage } from './inline-image.ts';

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

/** Links may point only here. */
const SAFE_HREF = /^(?:https?:|mailto:)/i;

const CONFIG: Config = {
  ALLOWED_TAGS: [
    'a', 'abbr', 'b', 'blockquote', 'br', 'cite', 'code', 'dd', 'del', 'details', 'div', 'dl',
    'dt', 'em', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'hr', 'i', 'img', 'ins', 'kbd', 'li',
    'mark', 'ol', 'p', 'pre', 'q', 's', 'small', 'span', 'strong', 'sub', 'summary', 'sup',
    'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'u', 'ul',
  ],
  ALLOWED_ATTR: ['href', 'title', 'alt', 'src'],
  ALLOW_DATA_ATTR: false,
  ALLOW_ARIA_ATTR: false,
  ALLOWED_URI_REGEXP: SAFE_HREF,
};

let purifier: DOMPurify | null = null;

function getPurifier(): DOMPurify {
  if (purifier) return purifier;
  const p = createDOMPurify(window);
  p.addHook('uponSanitizeAttribute', (node, data) => {
    const value = data.attrValue;
    if (data.attrName === 'src' && !(node.tagName === 'IMG' && isInlineImage(value)))
      data.keepAttr = false;
    if (data.attrName === 'href' && !SAFE_HREF.test(value.trim())) data.keepAttr = false;
  });
  p.addHook('afterSanitizeAttributes', (node) => {
    if (node.tagName === 'A') {
      node.setAttribute('target', '_blank');
      node.setAttribute('rel', 'noopener noreferrer');
    }
  });
  purifier = p;
  return p;
}

const START_TAG = /<[a-z][^>]*>/gi;
const STYLE_ATTRIBUTE = /[\s/]style(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]*))?(?=[\s/>])/gi;

/**
 * Removes `style` attributes from start tags before the HTML is parsed. The sanitizer drops
 * them anyway; but under the console's CSP (`style-src 'self'`) Chromium already reports a
 * `style-src-attr` violation when it *parses* one, even into an inert document. Best effort:
 * a tag this pattern misreads only leaves a (blocked) violation report behind.
 */
export function dropStyleAttributes(html: string): string {
  return html.replace(START_TAG, (tag) => tag.replace(STYLE_ATTRIBUTE, ''));
}

/** Registry-supplied HTML → sanitized HTML string, safe for `dangerouslySetInnerHTML`. */
export function sanitizeHtml(html: string): string {
  return getPurifier().sanitize(dropStyleAttributes(html), CONFIG);
}

/** Markdown → sanitized HTML string, safe for `dangerouslySetInnerHTML`. */
export function renderMarkdown(src: string): string {
  return sanitizeHtml(marked.parse(src, { async: false }));
}
