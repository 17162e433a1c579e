/**
 * The boundary rules of eslint.config.js still fire (so a config edit cannot drop them without
 * a red test): feature isolation, shared folders never importing features, no import cycles,
 * and no test support in production code. Lints small snippets with ESLint's Node API as if they
 * were files at the given paths; the imported files are real.
 */
import { ESLint } from 'eslint';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('..', import.meta.url));
let eslint: ESLint;

beforeAll(() => {
  eslint = new ESLint({ cwd: root });
});

/** `rule: message` of every problem ESLint reports for `code` placed at `filePath`. */
async function problems(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((m) => `${m.ruleId}: ${m.message}`);
}

describe('lint boundaries', { timeout: 120_000 }, () => {
  it('keep a feature from importing another feature or the app shell', async () => {
    const found = await problems(
      'src/app/features/browse/probe.ts',
      "import { PublishPage } from '../publish/routes.tsx';\nimport { routes } from '../../router.tsx';\nexport const probe = [PublishPage, routes];\n",
    );
    expect(found).toHaveLength(2);
    expect(found.every((p) => p.startsWith('import-x/no-restricted-paths: ') && p.includes('a feature imports only itself'))).toBe(true);
  });

  it('let a feature import itself, app/lib, app/components, core and the worker facade', async () => {
    const found = await problems(
      'src/app/features/browse/probe.ts',
      [
        "import { parseBrowseQuery } from './lib/search.ts';",
        "import { paths } from '../../lib/paths.ts';",
        "import { Button } from '../../components/ui.tsx';",
        "import { CoreError } from '../../../core/errors.ts';",
        "import * as worker from '../../../worker/client.ts';",
        'export const probe = [parseBrowseQuery, paths, Button, CoreError, worker];',
      ].join('\n'),
    );
    expect(found).toEqual([]);
  });

  it('keep the shared folders from importing features', async () => {
    const found = await problems('src/app/components/probe.tsx', "import { BrowsePage } from '../features/browse/routes.tsx';\nexport const probe = BrowsePage;\n");
    expect(found).toEqual([expect.stringMatching(/^import-x\/no-restricted-paths: .*never import a feature/)]);
  });

  it('report an import cycle', async () => {
    // layout.tsx imports lib/paths.ts; paths.ts importing layout.tsx back closes a cycle.
    const found = await problems('src/app/lib/paths.ts', "import { Layout } from '../components/layout.tsx';\nexport const probe = Layout;\n");
    expect(found).toContain('import-x/no-cycle: Dependency cycle detected');
  });

  it('keep production code away from testing/ folders, but not tests', async () => {
    const code = "import { codeOf } from '../testing/code-of.ts';\nexport const probe = codeOf;\n";
    expect(await problems('src/core/bytes/probe.ts', code)).toEqual([expect.stringMatching(/^@typescript-eslint\/no-restricted-imports: .*test support/)]);
    expect(await problems('src/core/bytes/probe.test.ts', code)).toEqual([]);
  });
});
