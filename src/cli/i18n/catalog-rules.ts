/**
 * @module
 * The catalog hygiene rules (issue 13 item 4), pure so the test and `npm run i18n:extract`
 * share them: every locale has exactly the English keys, no key is unused by the code, each
 * message parses as ICU and uses the same argument names (and select cases) as English, and no
 * translation is a copy of the English text unless allow-listed as a technical token.
 */
import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';

export type Catalog = Record<string, string>;

export interface Usage {
  /** Strings shaped like keys anywhere in the code (a key held in a table counts as used). */
  literals: ReadonlySet<string>;
  /** Keys passed straight to `t(…)`, `translate(…)` or `<Trans k=…>`: each must exist. */
  calls: ReadonlySet<string>;
  /** Prefixes of keys built from a template (`errors.core.${code}`): every key under one is in use. */
  prefixes: ReadonlySet<string>;
}

/** What a message asks of its caller: argument names and kinds, select cases, tags. */
export function placeholders(message: string): string[] {
  const out = new Set<string>();
  const walk = (els: MessageFormatElement[]) => {
    for (const el of els) {
      // A plain, number or plural argument is one value the caller passes; a translation may
      // pluralize where English does not (Polish "3 sekundy"), so only the name must agree.
      if (el.type === TYPE.argument || el.type === TYPE.number) out.add(`{${el.value}}`);
      else if (el.type === TYPE.date || el.type === TYPE.time) out.add(`{${el.value}, ${TYPE[el.type]}}`);
      else if (el.type === TYPE.select) {
        out.add(`{${el.value}, select, ${Object.keys(el.options).sort().join(' ')}}`);
        Object.values(el.options).forEach((o) => walk(o.value));
      } else if (el.type === TYPE.plural) {
        out.add(`{${el.value}}`);
        Object.values(el.options).forEach((o) => walk(o.value));
      } else if (el.type === TYPE.tag) {
        out.add(`<${el.value}>`);
        walk(el.children);
      }
    }
  };
  walk(parse(message));
  return [...out].sort();
}

export function isUsed(key: string, usage: Usage): boolean {
  return usage.literals.has(key) || [...usage.prefixes].some((p) => key.startsWith(p));
}

/**
 * Every hygiene problem, one line each (empty when the catalogs are clean).
 * @param allowIdentical per locale, the keys whose text may equal English (technical tokens)
 */
export function catalogProblems(
  catalogs: Record<string, Catalog>,
  usage: Usage,
  allowIdentical: Record<string, readonly string[]>,
  english = 'en_US',
): string[] {
  const problems: string[] = [];
  const en = catalogs[english];
  if (!en) return [`no ${english} catalog`];
  for (const key of usage.calls) {
    if (!(key in en)) problems.push(`${english}: "${key}" is used by the code but missing`);
  }
  for (const key of Object.keys(en)) {
    if (!isUsed(key, usage)) problems.push(`${english}: "${key}" is not used by the code`);
  }
  const enShape = new Map<string, string>();
  for (const [key, text] of Object.entries(en)) {
    try {
      enShape.set(key, placeholders(text).join(' '));
    } catch (e) {
      problems.push(`${english}: "${key}" is not valid ICU (${(e as Error).message})`);
    }
  }
  for (const [locale, catalog] of Object.entries(catalogs)) {
    // Padding is never meaningful (and would dodge the identical-to-English rule).
    for (const [key, text] of Object.entries(catalog)) if (text !== text.trim()) problems.push(`${locale}: "${key}" has leading or trailing spaces`);
    if (locale === english) continue;
    const allowed = new Set(allowIdentical[locale] ?? []);
    for (const key of Object.keys(en)) if (!(key in catalog)) problems.push(`${locale}: "${key}" is missing`);
    for (const [key, text] of Object.entries(catalog)) {
      if (!(key in en)) {
        problems.push(`${locale}: "${key}" is not in ${english}`);
        continue;
      }
      let shape: string;
      try {
        shape = placeholders(text).join(' ');
      } catch (e) {
        problems.push(`${locale}: "${key}" is not valid ICU (${(e as Error).message})`);
        continue;
      }
      if (enShape.has(key) && shape !== enShape.get(key)) {
        problems.push(`${locale}: "${key}" has placeholders [${shape}], ${english} has [${enShape.get(key)}]`);
      }
      if (text === en[key] && !allowed.has(key)) problems.push(`${locale}: "${key}" is the English text`);
      if (text !== en[key] && allowed.has(key)) problems.push(`${locale}: "${key}" is allow-listed as identical but differs`);
    }
  }
  return problems;
}
