/**
 * @module
 * A message with markup inside it: `<code>…</code>` or `<link>…</link>` tags in the catalog
 * text become the React elements the caller maps them to, so a sentence stays whole (and
 * translatable) around the code or link it contains.
 */
import { Fragment, type ReactNode } from 'react';
import { messageFormat, useLocaleMessages, type MessageKey } from './i18n.ts';

type RichValue = string | number | boolean | null | undefined | Date | ReactNode | ((chunks: ReactNode[]) => ReactNode);

const codeTag = (chunks: ReactNode[]) => <code>{chunks}</code>;

export function Trans({ k, values }: { k: MessageKey; values?: Record<string, RichValue> }) {
  const { locale, message } = useLocaleMessages(k);
  const parts = messageFormat(message, locale).format<ReactNode>({ code: codeTag, ...values });
  // keyed by position: the parts of one message never reorder (React 19 still warns about
  // the elements Children.toArray re-keys)
  return <>{Array.isArray(parts) ? parts.map((p, i) => <Fragment key={i}>{p}</Fragment>) : parts}</>;
}
