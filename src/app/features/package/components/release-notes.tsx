/**
 * @module
 * Release notes: registry-supplied Markdown, rendered and sanitized by the shared
 * `RegistryContent` (components/registry-content.tsx).
 */
import { RegistryContent } from '../../../components/registry-content.tsx';
import { useT } from '../../../i18n/i18n.ts';

export function ReleaseNotes({ markdown }: { markdown: string }) {
  const t = useT();
  if (!markdown.trim())
    return <p className="text-sm text-slate-600 dark:text-slate-400">{t('package.noReleaseNotes')}</p>;
  return <RegistryContent source={markdown} format="markdown" />;
}
