/**
 * The static import closure behind the first-screen catalog slice: value imports and
 * re-exports are followed, dynamic and type-only imports are not (the bundler splits or erases
 * them), and packages, styles and JSON are not source files to scan.
 */
import { describe, expect, it } from 'vitest';
import { staticImportClosure, staticSpecifiers } from './static-imports.ts';

describe('staticSpecifiers', () => {
  it('keeps relative value imports and re-exports only', () => {
    const source = [
      "import { a } from './a.ts';",
      "import './side-effect.tsx';",
      "import type { T } from './types.ts';",
      "import { useState } from 'react';",
      "import './styles.css';",
      "import en from './en.json';",
      "export { b } from '../b.tsx';",
      "export type { U } from './u.ts';",
      "const Lazy = lazy(() => import('./lazy.tsx'));",
    ].join('\n');
    expect(staticSpecifiers(source)).toEqual(['./a.ts', './side-effect.tsx', '../b.tsx']);
  });
});

describe('staticImportClosure', () => {
  it('follows static imports transitively, once each, and stops at dynamic ones', () => {
    const files: Record<string, string> = {
      '/app/main.tsx': "import { x } from './lib/x.ts'; import('./page.tsx');",
      '/app/lib/x.ts': "import { y } from '../y.ts'; export { z } from './z.ts';",
      '/app/lib/z.ts': "import { y } from '../y.ts';",
      '/app/y.ts': "import { x } from './lib/x.ts';",
      '/app/page.tsx': "import { p } from './p.ts';",
    };
    const read = (path: string) => files[path] ?? '';
    expect(staticImportClosure('/app/main.tsx', read).sort()).toEqual(['/app/lib/x.ts', '/app/lib/z.ts', '/app/main.tsx', '/app/y.ts']);
  });
});
