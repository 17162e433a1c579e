/**
 * @module
 * The console's catalogs compiled at build time (issue 12 item 1): each ICU message is parsed
 * here, once, so the browser gets FormatJS's AST and no ICU parser. A message that is plain
 * text stays a string (the runtime reads it as one literal); everything else becomes its AST.
 * A locale lacking a key gets the English message, listed so it is formatted as English.
 */
import { parse, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';

export type CompiledMessage = string | MessageFormatElement[];

/** One slice of one locale's catalog, as the console loads it. */
export interface CompiledSlice {
  messages: Record<string, CompiledMessage>;
  /** Keys whose message is the English fallback (the locale lacks them). */
  english: string[];
}

/** `message` parsed as `intl-messageformat` would parse it for `localeTag` at run time. */
export function compileMessage(message: string, localeTag: string): CompiledMessage {
  const ast = parse(message, { locale: new Intl.Locale(localeTag) });
  const only = ast[0];
  return ast.length === 1 && only?.type === 0 && only.value === message ? message : ast;
}

/**
 * The messages of `keys` (English order) in `catalog`, compiled for `localeTag`; a key the
 * catalog lacks takes the English message, compiled for English.
 */
export function compileSlice(
  keys: readonly string[],
  catalog: Readonly<Record<string, string>>,
  localeTag: string,
  english: Readonly<Record<string, string>>,
): CompiledSlice {
  const slice: CompiledSlice = { messages: {}, english: [] };
  for (const key of keys) {
    const own = catalog[key];
    const text = own ?? english[key];
    if (text === undefined) continue;
    slice.messages[key] = compileMessage(text, own === undefined ? 'en-US' : localeTag);
    if (own === undefined && catalog !== english) slice.english.push(key);
  }
  return slice;
}
