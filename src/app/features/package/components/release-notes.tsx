/**
 * @module
 * Release notes: registry-supplied Markdown, rendered and sanitized by the shared
 * `RegistryContent` (components/registry-content.tsx).
 */
import { RegistryContent } from '../../../components/registry-content.tsx';

export function ReleaseNotes({ markdown }: { markdown: string }) {
  if (!markdown.trim())
    return <p className="text-sm text-slate-600 dark:text-slate-400">No release notes.</p>;
  return <RegistryContent source={markdown} format="markdown" />;
}
