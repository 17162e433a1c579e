/**
 * @module
 * The package page's Manage section (design.md §4.4), for admins and for signers on the
 * versions their scope covers: mirrors, variant and version removal per version, and the
 * removal of the whole package with a typed confirmation.
 */
import { useNavigate } from 'react-router';
import { mayRemovePackage, versionRefusal } from '../../../../../core/registry/authority.ts';
import type { PackageIndex, PackageInfo } from '../../../../../core/rpc/types.ts';
import { ActingKey } from '../../../../components/acting-key.tsx';
import { toast } from '../../../../components/live-region.tsx';
import { paths } from '../../../../lib/paths.ts';
import { useRegistryScope } from '../../../../lib/registry-scope.tsx';
import { useRole } from '../../../../lib/registry-queries.ts';
import { describeRole } from '../../../../lib/role.ts';
import { useRemove } from '../../../../lib/package-removal.ts';
import { useManageAuthority } from '../../api/manage-authority.ts';
import { dependentsOf, describeImpact, packageRemovalImpact, removalMessage } from '../../lib/manage.ts';
import { Section } from '../section.tsx';
import { ConfirmAction } from '../../../../components/confirm-action.tsx';
import { DependentsNote } from './dependents-note.tsx';
import { VersionManage } from './version-manage.tsx';
import { useT } from '../../../../i18n/i18n.ts';
import { Trans } from '../../../../i18n/trans.tsx';

function RemovePackage({ id, pkg, index }: { id: string; pkg: PackageInfo; index: PackageIndex }) {
  const remove = useRemove();
  const navigate = useNavigate();
  const { url } = useRegistryScope();
  const impact = packageRemovalImpact(pkg);
  const t = useT();
  return (
    <Section title={t('manage.removePackageTitle')}>
      <div>
        <ConfirmAction
          label={t('manage.removePackage', { id })}
          confirmLabel={t('manage.removeForGood', { id })}
          typed={id}
          pending={remove.isPending}
          error={remove.error}
          onConfirm={() =>
            remove.mutate(
              { id, force: true },
              {
                onSuccess: (removed) => {
                  toast(removed ? 'success' : 'info', removalMessage(removed, t('manage.thePackage', { id })));
                  navigate(paths.registry.browse.getHref(url));
                },
              },
            )
          }
        >
          <p>
            <Trans
              k="manage.removePackageImpact"
              values={{ id, impact: describeImpact(impact), scopes: impact.scopes, categories: impact.categories.join(', ') || 'none', mono: (c) => <span className="font-mono">{c}</span> }}
            />
          </p>
          <DependentsNote id={id} dependents={dependentsOf(index, id)} />
        </ConfirmAction>
      </div>
    </Section>
  );
}

export function ManageTab({ id, pkg, versions, index }: { id: string; pkg: PackageInfo; versions: string[]; index: PackageIndex }) {
  const authority = useManageAuthority();
  const role = useRole().data;
  const t = useT();
  if (!authority) {
    return (
      <div className="flex flex-col gap-2">
        <p className="text-sm">{role ? describeRole(role) : t('manage.checking')}</p>
        <ActingKey />
      </div>
    );
  }
  const dependents = dependentsOf(index, id);
  const mine = versions.filter((v) => versionRefusal(authority, index, id, v) === null);
  const others = versions.filter((v) => !mine.includes(v));
  return (
    <div className="flex flex-col gap-6">
      <ActingKey />
      {mine.map((v) => (
        <Section key={v} title={<span className="font-mono">{v}</span>}>
          <VersionManage id={id} version={v} info={pkg.versions[v]!} dependents={dependents} />
        </Section>
      ))}
      {versions.length === 0 && <p className="text-sm">{t('package.noVersions')}</p>}
      {others.length > 0 && (
        <p className="text-sm text-slate-600 dark:text-slate-400">
          {t('manage.outsideScope', { scope: authority.scopes[id] ?? t('signer.none'), list: others.join(', ') })}
        </p>
      )}
      {mayRemovePackage(authority, id) && <RemovePackage id={id} pkg={pkg} index={index} />}
    </div>
  );
}
