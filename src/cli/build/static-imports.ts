/**
 * @module
 * The source files a module pulls in before it runs: its static `import`/`export … from` of
 * relative `.ts`/`.tsx` files, followed transitively. Dynamic `import()` and type-only imports
 * are left out — they are what the bundler splits off or erases. Used to find the catalog keys
 * the first screen needs (catalog-plugin.ts).
 */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import ts from 'typescript';

/** Relative specifiers of the static, value-level imports and re-exports in `source`. */
export function staticSpecifiers(source: string, fileName = 'module.tsx'): string[] {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, false, ts.ScriptKind.TSX);
  const out: string[] = [];
  for (const st of file.statements) {
    if (ts.isImportDeclaration(st) && !st.importClause?.isTypeOnly && ts.isStringLiteral(st.moduleSpecifier)) {
      out.push(st.moduleSpecifier.text);
    } else if (ts.isExportDeclaration(st) && !st.isTypeOnly && st.moduleSpecifier && ts.isStringLiteral(st.moduleSpecifier)) {
      out.push(st.moduleSpecifier.text);
    }
  }
  return out.filter((s) => s.startsWith('.') && /\.tsx?$/.test(s));
}

/** Absolute paths of `entry` and every file it statically imports, transitively. */
export function staticImportClosure(entry: string, read: (path: string) => string = (p) => readFileSync(p, 'utf8')): string[] {
  const seen = new Set<string>([resolve(entry)]);
  const queue = [...seen];
  for (let path = queue.shift(); path !== undefined; path = queue.shift()) {
    for (const spec of staticSpecifiers(read(path), path)) {
      const next = resolve(dirname(path), spec);
      if (!seen.has(next)) {
        seen.add(next);
        queue.push(next);
      }
    }
  }
  return [...seen];
}
