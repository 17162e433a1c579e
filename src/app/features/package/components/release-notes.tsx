/**
 * @module
 * Release notes: Markdown rendered by marked and sanitized by DOMPurify (`lib/markdown.ts`);
 * this is the page's only HTML injection.
 */
import { useMemo } from 'react';
import { renderMarkdown } from '../../../lib/registry-html.ts';

const PROSE =
  'max-w-prose break-words text-sm leading-relaxed [&_a]:text-blue-700 [&_a]:underline dark:[&_a]:text-blue-400 [&_code]:rounded [&_code]:bg-slate-100 [&_code]:px-1 [&_code]:font-mono dark:[&_code]:bg-slate-800 [&_h3]:mt-3 [&_h3]:font-semibold [&_h4]:mt-2 [&_h4]:font-semibold [&_li]:my-0.5 [&_ol]:list-decimal [&_ol]:pl-5 [&_p]:my-2 [&_pre]:overflow-x-auto [&_pre]:rounded [&_pre]:bg-slate-100 [&_pre]:p-2 dark:[&_pre]:bg-slate-800 [&_ul]:list-disc [&_ul]:pl-5 [&_blockquote]:border-l-4 [&_blockquote]:pl-3';

export function ReleaseNotes({ markdown }: { markdown: string }) {
  const html = useMemo(() => renderMarkdown(markdown), [markdown]);
  if (!markdown.trim())
    return <p className="text-sm text-slate-600 dark:text-slate-400">No release notes.</p>;
  return <div className={PROSE} dangerouslySetInnerHTML={{ __html: html }} />;
}
