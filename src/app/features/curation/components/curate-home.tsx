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
import { useT } from '../../../i18n/i18n.ts';

export function CurateHome() {
  const { url } = useRegistryScope();
  const t = useT();
  const index = usePackageIndex();
  const categories = useCategories();
  const signers = useSigners();
  const admins = useAdmins();
  const dangling = index.data ? findDanglingCategories(index.data, categories.data ?? index.data.categories) : [];
  const adminCount = admins.data ? Object.keys(admins.data).length : null;
  const facts: Record<string, string | null> = {
    categories: categories.data ? t('curate.factCategories', { count: Object.keys(categories.data).length }) : null,
    signers: signers.data && adminCount !== null ? t('curate.factSigners', { signers: Object.keys(signers.data).length, admins: adminCount }) : null,
    scopes: index.data ? t('curate.factScopes', { count: Object.values(index.data.packages).reduce((n, p) => n + Object.keys(p.authorized).length, 0) }) : null,
    identity: null,
    retention: index.data ? t('curate.factVersions', { count: Object.values(index.data.packages).reduce((n, p) => n + Object.keys(p.versions).length, 0) }) : null,
  };
  const attention: Record<string, string | null> = {
    categories: dangling.length > 0 ? t('curate.attentionDangling', { count: dangling.length }) : null,
    signers: adminCount === 1 ? t('curate.attentionOneAdmin') : null,
    scopes: null,
    identity: null,
    retention: null,
  };
  return (
    <div className="flex flex-col gap-4">
      <h1 className="text-xl font-semibold">{t('curate.title')}</h1>
      <ul className="grid gap-3 sm:grid-cols-2">
        {CURATE_SECTIONS.map((s) => (
          <li key={s.path}>
            <Link
              to={paths.registry.curate[s.path].getHref(url)}
              className={`flex h-full flex-col gap-1 rounded-lg border border-slate-200 bg-white p-4 shadow-sm hover:border-blue-400 dark:border-slate-800 dark:bg-slate-900 dark:hover:border-blue-500 ${focusRing}`}
            >
              <span className="font-semibold">{t(s.label)}</span>
              <span className="text-sm text-slate-600 dark:text-slate-400">{t(s.blurb)}</span>
              {facts[s.path] && <span className="text-sm">{facts[s.path]}</span>}
              {attention[s.path] && <span className="text-sm text-amber-800 dark:text-amber-300">{attention[s.path]}</span>}
            </Link>
          </li>
        ))}
      </ul>
    </div>
  );
}
