/**
 * @module
 * A version's long description. Upstream's marketplace shows it as (sanitized) HTML, and
 * packages write `<p>…</p>` or `<i>…</i>` in it; so text with markup goes through the shared
 * sanitizer (`RegistryContent`), and plain text keeps its line breaks.
 */
import { RegistryContent } from '../../../components/registry-content.tsx';
import { hasMarkup } from '../../../lib/has-markup.ts';
import { useT } from '../../../i18n/i18n.ts';

export function LongDescription({ text }: { text: string }) {
  const t = useT();
  if (text && hasMarkup(text)) return <RegistryContent source={text} format="html" />;
  return (
    <p className="max-w-prose whitespace-pre-line text-sm leading-relaxed">
      {text || t('package.noDescription')}
    </p>
  );
}
