/**
 * @module
 * A version's long description. Upstream's marketplace shows it as (sanitized) HTML, and
 * packages write `<p>…</p>` or `<i>…</i>` in it; so text with markup goes through the shared
 * sanitizer (`RegistryContent`), and plain text keeps its line breaks.
 */
import { RegistryContent } from '../../../components/registry-content.tsx';
import { hasMarkup } from '../../../lib/registry-html.ts';

export function LongDescription({ text }: { text: string }) {
  if (text && hasMarkup(text)) return <RegistryContent source={text} format="html" />;
  return (
    <p className="max-w-prose whitespace-pre-line text-sm leading-relaxed">
      {text || 'No description.'}
    </p>
  );
}
