/**
 * @module
 * Sections of a registry, offered by role: everyone browses packages and OS releases; signers
 * and admins publish; admins start at the overview, curate, review access and see the metrics.
 * Never a link that can only fail.
 */
import { NavLink } from 'react-router';
import { focusRing } from '../../components/ui.tsx';
import { paths } from '../../lib/paths.ts';
import { useRegistryScope } from '../../lib/registry-scope.tsx';
import { useRole } from '../../lib/registry-queries.ts';
import { useT } from '../../i18n/i18n.ts';

const tab = ({ isActive }: { isActive: boolean }) =>
  `border-b-2 px-3 py-2 text-sm ${focusRing} ${isActive ? 'border-blue-600 font-medium text-blue-800 dark:text-blue-300' : 'border-transparent text-slate-600 hover:text-slate-900 dark:text-slate-300 dark:hover:text-white'}`;

export function RegistryNav() {
  const { url } = useRegistryScope();
  const t = useT();
  const role = useRole().data;
    const canPublish = role?.kind === 'admin' || role?.kind === 'signer';
  return (
    <nav aria-label={t('registry.sections')} className="-mt-2 mb-6 flex flex-wrap gap-1 border-b border-slate-200 dark:border-slate-800">
      {role?.kind === 'admin' && (
        <NavLink to={paths.registry.overview.getHref(url)} className={tab}>
          {t('registry.overview')}
        </NavLink>
      )}
      <NavLink to={paths.registry.browse.getHref(url)} end className={tab}>
        {t('registry.packages')}
      </NavLink>
      {canPublish && (
        <NavLink to={paths.registry.publish.getHref(url)} className={tab}>
          {t('registry.publish')}
        </NavLink>
      )}
      <NavLink to={paths.registry.os.getHref(url)} className={tab}>
        {t('registry.os')}
      </NavLink>
      {canPublish && (
        <NavLink to={paths.registry.health.getHref(url)} className={tab}>
          {t('registry.health')}
        </NavLink>
      )}
      {role?.kind === 'admin' && (
        <NavLink to={paths.registry.curate.getHref(url)} className={tab}>
          {t('registry.curate')}
        </NavLink>
      )}
      {role?.kind === 'admin' && (
        <NavLink to={paths.registry.access.getHref(url)} className={tab}>
          {t('registry.access')}
        </NavLink>
      )}
      {role?.kind === 'admin' && (
        <NavLink to={paths.registry.metrics.getHref(url)} className={tab}>
          {t('registry.metrics')}
        </NavLink>
      )}
      {role?.kind === 'admin' && (
        <NavLink to={paths.registry.database.getHref(url)} className={tab}>
          {t('registry.database')}
        </NavLink>
      )}
    </nav>
  );
}
