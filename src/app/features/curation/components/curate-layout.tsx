/**
 * @module
 * Frame of every curation screen (design.md §4.5): only admins get the screens (the registry
 * refuses every curation write from anyone else, spec §3.2); others get the reason instead of
 * buttons that can only fail. Sub-navigation between the sections.
 */
import { Link, NavLink } from 'react-router';
import { ActingKey } from '../../../components/acting-key.tsx';
import { ErrorView } from '../../../components/error-view.tsx';
import { PageOutlet } from '../../../components/page-outlet.tsx';
import { focusRing, Panel, Spinner } from '../../../components/ui.tsx';
import { paths } from '../../../lib/paths.ts';
import { useRegistryScope } from '../../../lib/registry-scope.tsx';
import { useRole } from '../../../lib/registry-queries.ts';
import { describeRole } from '../../../lib/role.ts';
import { useT } from '../../../i18n/i18n.ts';
import { Trans } from '../../../i18n/trans.tsx';

export const CURATE_SECTIONS = [
  { path: 'categories', label: 'curate.categories', blurb: 'curate.categoriesBlurb' },
  { path: 'signers', label: 'curate.signers', blurb: 'curate.signersBlurb' },
  { path: 'scopes', label: 'curate.scopes', blurb: 'curate.scopesBlurb' },
  { path: 'identity', label: 'curate.identity', blurb: 'curate.identityBlurb' },
  { path: 'retention', label: 'curate.retention', blurb: 'curate.retentionBlurb' },
] as const;

const tab = ({ isActive }: { isActive: boolean }) =>
  `whitespace-nowrap rounded-md px-3 py-1.5 text-sm ${focusRing} ${isActive ? 'bg-slate-200 font-medium dark:bg-slate-800' : 'text-slate-700 hover:bg-slate-100 dark:text-slate-300 dark:hover:bg-slate-800'}`;

export function CurateLayout() {
  const { url } = useRegistryScope();
  const role = useRole();
  const t = useT();
  if (role.isPending) return <Spinner label={t('curate.checkingRole')} />;
  if (role.isError) return <ErrorView error={role.error} onRetry={() => void role.refetch()} />;
  if (role.data.kind !== 'admin') {
    return (
      <Panel title={t('curate.adminsOnly')}>
        <p className="text-sm">{t('curate.adminsOnlyAbout')}</p>
        <p className="mt-2 text-sm text-slate-600 dark:text-slate-300">{describeRole(role.data)}</p>
        <ActingKey className="mt-2" />
        {role.data.kind !== 'not-saved' && (
          <p className="mt-2 text-sm">
            <Trans
              k="curate.adminsOnlyLinks"
              values={{
                keys: (c) => <Link className="underline" to={paths.keys.getHref()}>{c}</Link>,
                packages: (c) => <Link className="underline" to={paths.registry.browse.getHref(url)}>{c}</Link>,
              }}
            />
          </p>
        )}
      </Panel>
    );
  }
  return (
    <div className="flex flex-col gap-4">
      <ActingKey />
      <nav aria-label={t('curate.sections')} className="flex flex-wrap gap-1">
        <NavLink to={paths.registry.curate.getHref(url)} end className={tab}>
          {t('curate.overview')}
        </NavLink>
        {CURATE_SECTIONS.map((s) => (
          <NavLink key={s.path} to={paths.registry.curate[s.path].getHref(url)} className={tab}>
            {t(s.label)}
          </NavLink>
        ))}
      </nav>
      <PageOutlet />
    </div>
  );
}
