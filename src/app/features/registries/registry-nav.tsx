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
import { useT, type MessageKey } from '../../i18n/i18n.ts';

const tab = ({ isActive }: { isActive: boolean }) =>
  `border-b-2 px-3 py-2 text-sm ${focusRing} ${isActive ? 'border-blue-600 font-medium text-blue-800 dark:text-blue-300' : 'border-transparent text-slate-600 hover:text-slate-900 dark:text-slate-300 dark:hover:text-white'}`;

export function RegistryNav() {
  const { url } = useRegistryScope();
  const t = useT();
  const role = useRole().data;
  const admin = role?.kind === 'admin';
  const canPublish = admin || role?.kind === 'signer';
  const r = paths.registry;
  // [shown, href, label, end]: one table keeps the first download small
  const sections: [boolean, string, MessageKey, boolean?][] = [
    [admin, r.overview.getHref(url), 'registry.overview'],
    [true, r.browse.getHref(url), 'registry.packages', true],
    [canPublish, r.publish.getHref(url), 'registry.publish'],
    [true, r.os.getHref(url), 'registry.os'],
    [canPublish, r.health.getHref(url), 'registry.health'],
    [admin, r.curate.getHref(url), 'registry.curate'],
    [admin, r.access.getHref(url), 'registry.access'],
    [admin, r.metrics.getHref(url), 'registry.metrics'],
    [admin, r.database.getHref(url), 'registry.database'],
  ];
  return (
    <nav aria-label={t('registry.sections')} className="-mt-2 mb-6 flex flex-wrap gap-1 border-b border-slate-200 dark:border-slate-800">
      {sections.map(
        ([shown, href, label, end]) =>
          shown && (
            <NavLink key={label} to={href} end={end} className={tab}>
              {t(label)}
            </NavLink>
          ),
      )}
    </nav>
  );
}
