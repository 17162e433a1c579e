/**
 * @module
 * Whether registry text is HTML (then it goes through the sanitizer, registry-html.ts) or
 * plain text. Apart from the sanitizer, so deciding costs no download of it.
 */

/** True when `text` contains something that looks like an HTML tag. */
export function hasMarkup(text: string): boolean {
  return /<\/?[a-z][^>]*>/i.test(text);
}
