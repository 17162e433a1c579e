/**
 * @module
 * Which catalog keys the console's code uses: string literals shaped like keys
 * (`'keys.unlock'`), the keys passed straight to a translate call, and template prefixes (`` `errors.core.${code}` ``) for families of keys
 * built from a code. Reads `src/app`, leaving out tests and test support.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Usage } from './catalog-rules.ts';

const LITERAL = /(['"])([a-z][A-Za-z0-9]*(?:\.[A-Za-z0-9_]+)+)\1/g;
const CALL = /\b(?:t|translate)\(\s*(['"])([^'"]+)\1|\bk=(['"])([^'"]+)\3/g;
const TEMPLATE_PREFIX = /`([a-z][A-Za-z0-9]*(?:\.[A-Za-z0-9_]+)*\.)\$\{/g;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const path = join(dir, d.name);
    if (d.isDirectory()) return d.name === 'testing' ? [] : sourceFiles(path);
    return /\.tsx?$/.test(d.name) && !/\.test\.tsx?$/.test(d.name) ? [path] : [];
  });
}

/** Key usage in the given source texts. */
export function usageOf(sources: readonly string[]): Usage {
  const literals = new Set<string>();
  const prefixes = new Set<string>();
  const calls = new Set<string>();
  for (const text of sources) {
    for (const m of text.matchAll(CALL)) calls.add((m[2] ?? m[4])!);
    for (const m of text.matchAll(LITERAL)) literals.add(m[2]!);
    for (const m of text.matchAll(TEMPLATE_PREFIX)) prefixes.add(m[1]!);
  }
  return { literals, prefixes, calls };
}

/** Key usage in every production source file under `appDir`. */
export function scanUsage(appDir: string): Usage {
  return usageOf(sourceFiles(appDir).map((f) => readFileSync(f, 'utf8')));
}
