/**
 * @module
 * Markdown or HTML supplied by a registry (release notes, long descriptions), sanitized by
 * `lib/registry-html.ts` and shown in a contained box: `contain: paint` and clipped overflow,
 * so nothing inside can paint outside it, whatever the sanitizer lets through. This is the
 * console's only HTML injection. Rendered through `registry-content.tsx`, which downloads this
 * module (with Marked and DOMPurify) when the first such content is shown.
 */
import { useMemo } from 'react';
import { renderMarkdown, sanitizeHtml } from '../lib/registry-html.ts';

const CONTAINED = 'relative isolate overflow-hidden contain-paint';

const PROSE =
  'max-w-prose break-words text-sm leading-relaxed [&_a]:text-blue-700 [&_a]:underline dark:[&_a]:text-blue-400 [&_code]:rounded [&_code]:bg-slate-100 [&_code]:px-1 [&_code]:font-mono dark:[&_code]:bg-slate-800 [&_h3]:mt-3 [&_h3]:font-semibold [&_h4]:mt-2 [&_h4]:font-semibold [&_img]:inline [&_img]:max-h-64 [&_img]:max-w-full [&_li]:my-0.5 [&_ol]:list-decimal [&_ol]:pl-5 [&_p]:my-2 [&_pre]:overflow-x-auto [&_pre]:rounded [&_pre]:bg-slate-100 [&_pre]:p-2 dark:[&_pre]:bg-slate-800 [&_ul]:list-disc [&_ul]:pl-5 [&_blockquote]:border-l-4 [&_blockquote]:pl-3';

export interface RegistryContentProps {
  source: string;
  format: 'markdown' | 'html';
}

export function SanitizedContent({ source, format }: RegistryContentProps) {
  const html = useMemo(
    () => (format === 'markdown' ? renderMarkdown(source) : sanitizeHtml(source)),
    [source, format],
  );
  return (
    <div
      data-registry-content={format}
      className={`${CONTAINED} ${PROSE}`}
      dangerouslySetInnerHTML={{ __html: html }}
    />
  );
}
