/**
 * @module
 * The curation overview: one card per section with what is there now (counts, and anything
 * that needs attention such as dangling category ids or a single administrator).
 */
import { Link } from 'react-router';
import { focusRing } from '../../../components/ui.tsx';
import { paths } from '../../../lib/paths.ts';
import { useCategories, usePackageIndex } from '../../../lib/registry-queries.ts';
import { useRegistryScope } from '../../../lib/registry-scope.tsx';
import { useAdmins } from '../api/use-admins.ts';
import { useSigners } from '../api/use-signers.ts';
import { findDanglingCategories } from '../lib/category-cleanup.ts';
import { CURATE_SECTIONS } from './curate-layout.tsx';

function plural(n: number, word: string, many = `${word}s`): string {
  return `${n} ${n === 1 ? word : many}`;
}

export function CurateHome() {
  const { url } = useRegistryScope();
  const index = usePackageIndex();
  const categories = useCategories();
  const signers = useSigners();
  const admins = useAdmins();
  const dangling = index.data ? findDanglingCategories(index.data, categories.data ?? index.data.categories) : [];
  const adminCount = admins.data ? Object.keys(admins.data).length : null;
  const facts: Record<string, string | null> = {
    categories: categories.data ? plural(Object.keys(categories.data).length, 'category', 'categories') : null,
    signers: signers.data && adminCount !== null ? `${plural(Object.keys(signers.data).length, 'signer')}, ${plural(adminCount, 'admin')}` : null,
    scopes: index.data ? plural(Object.values(index.data.packages).reduce((n, p) => n + Object.keys(p.authorized).length, 0), 'scope') : null,
    identity: null,
  };
  const attention: Record<string, string | null> = {
    categories: dangling.length > 0 ? `${plural(dangling.length, 'dangling category id')} on packages: clean up` : null,
    signers: adminCount === 1 ? 'Only one administrator: consider a second one so a lost key does not lock you out' : null,
    scopes: null,
    identity: null,
  };
  return (
    <div className="flex flex-col gap-4">
      <h1 className="text-xl font-semibold">Curate this registry</h1>
      <ul className="grid gap-3 sm:grid-cols-2">
        {CURATE_SECTIONS.map((s) => (
          <li key={s.path}>
            <Link
              to={paths.registry.curate[s.path].getHref(url)}
              className={`flex h-full flex-col gap-1 rounded-lg border border-slate-200 bg-white p-4 shadow-sm hover:border-blue-400 dark:border-slate-800 dark:bg-slate-900 dark:hover:border-blue-500 ${focusRing}`}
            >
              <span className="font-semibold">{s.label}</span>
              <span className="text-sm text-slate-600 dark:text-slate-400">{s.blurb}</span>
              {facts[s.path] && <span className="text-sm">{facts[s.path]}</span>}
              {attention[s.path] && <span className="text-sm text-amber-800 dark:text-amber-300">{attention[s.path]}</span>}
            </Link>
          </li>
        ))}
      </ul>
    </div>
  );
}
