/**
 * @module
 * A message with markup inside it: `<code>…</code>` or `<link>…</link>` tags in the catalog
 * text become the React elements the caller maps them to, so a sentence stays whole (and
 * translatable) around the code or link it contains.
 */
import { Children, type ReactNode } from 'react';
import { IntlMessageFormat } from 'intl-messageformat';
import { localeTag } from './locales.ts';
import { useLocaleMessages, type MessageKey } from './i18n.ts';

type RichValue = string | number | boolean | null | undefined | Date | ReactNode | ((chunks: ReactNode[]) => ReactNode);

const codeTag = (chunks: ReactNode[]) => <code>{chunks}</code>;

export function Trans({ k, values }: { k: MessageKey; values?: Record<string, RichValue> }) {
  const { locale, message } = useLocaleMessages(k);
  const parts = new IntlMessageFormat(message, localeTag(locale)).format<ReactNode>({ code: codeTag, ...values });
  return <>{Array.isArray(parts) ? Children.toArray(parts) : parts}</>;
}
