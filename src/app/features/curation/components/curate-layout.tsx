/**
 * @module
 * Frame of every curation screen (design.md §4.5): only admins get the screens (the registry
 * refuses every curation write from anyone else, spec §3.2); others get the reason instead of
 * buttons that can only fail. Sub-navigation between the sections.
 */
import { Link, NavLink, Outlet } from 'react-router';
import { ErrorView } from '../../../components/error-view.tsx';
import { focusRing, Panel, Spinner } from '../../../components/ui.tsx';
import { paths } from '../../../lib/paths.ts';
import { useRegistryScope } from '../../../lib/registry-scope.tsx';
import { useRole } from '../../../lib/registry-queries.ts';
import { describeRole } from '../../../lib/role.ts';

export const CURATE_SECTIONS = [
  { path: 'categories', label: 'Categories', blurb: 'Create, rename and delete categories; put packages in them in bulk.' },
  { path: 'signers', label: 'Signers & admins', blurb: 'Who may sign: names, contacts, keys, administrator rights.' },
  { path: 'scopes', label: 'Package scopes', blurb: 'Which signer may publish which versions of a package.' },
  { path: 'identity', label: 'Registry identity', blurb: 'The name and icon every visitor sees.' },
] as const;

const tab = ({ isActive }: { isActive: boolean }) =>
  `whitespace-nowrap rounded-md px-3 py-1.5 text-sm ${focusRing} ${isActive ? 'bg-slate-200 font-medium dark:bg-slate-800' : 'text-slate-700 hover:bg-slate-100 dark:text-slate-300 dark:hover:bg-slate-800'}`;

export function CurateLayout() {
  const { url } = useRegistryScope();
  const role = useRole();
    if (role.isPending) return <Spinner label="Checking what your key may do" />;
  if (role.isError) return <ErrorView error={role.error} onRetry={() => void role.refetch()} />;
  if (role.data.kind !== 'admin') {
    return (
      <Panel title="Curation is for administrators">
        <p className="text-sm">
          Categories, signers, scopes and the registry&apos;s name and icon can only be changed by an administrator of this registry; the
          registry refuses these changes from anyone else.
        </p>
        <p className="mt-2 text-sm text-slate-600 dark:text-slate-300">{describeRole(role.data)}</p>
        {role.data.kind !== 'not-saved' && (
          <p className="mt-2 text-sm">
            <Link className="underline" to={paths.keys.getHref()}>
              Unlock an administrator key
            </Link>{' '}
            or go back to the <Link className="underline" to={paths.registry.browse.getHref(url)}>packages</Link>.
          </p>
        )}
      </Panel>
    );
  }
  return (
    <div className="flex flex-col gap-4">
      <nav aria-label="Curation sections" className="flex flex-wrap gap-1">
        <NavLink to={paths.registry.curate.getHref(url)} end className={tab}>
          Overview
        </NavLink>
        {CURATE_SECTIONS.map((s) => (
          <NavLink key={s.path} to={paths.registry.curate[s.path].getHref(url)} className={tab}>
            {s.label}
          </NavLink>
        ))}
      </nav>
      <Outlet />
    </div>
  );
}
