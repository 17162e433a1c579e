/**
 * @module
 * Signers and admins (design.md §4.5): every signer with contacts, keys, admin status and
 * package scopes; add, edit (`?edit=<guid>`), remove (`?remove=<guid>`), grant/revoke admin.
 */
import { useRef } from 'react';
import { ErrorView } from '../../../components/error-view.tsx';
import { Button, Panel, Spinner } from '../../../components/ui.tsx';
import { usePackageIndex } from '../../../lib/registry-queries.ts';
import { paths } from '../../../lib/paths.ts';
import { useRegistryScope } from '../../../lib/registry-scope.tsx';
import { useAdmins } from '../api/use-admins.ts';
import { useMe } from '../api/use-me.ts';
import { useSigners } from '../api/use-signers.ts';
import { checkAdminAction } from '../../../lib/admin-guard.ts';
import { AdminToggle } from './admin-toggle.tsx';
import { RemoveSigner } from './remove-signer.tsx';
import { SignerCard } from './signer-card.tsx';
import { SignerForm } from './signer-form.tsx';
import { ownValue } from '../../../../core/registry/own-key.ts';
import { useT } from '../../../i18n/i18n.ts';
import { useAddressParams } from '../../../lib/use-address-params.tsx';

export function SignersPage() {
  const { url } = useRegistryScope();
  const signers = useSigners();
  const adminList = useAdmins();
  const index = usePackageIndex();
  const me = useMe();
  const t = useT();
  const [params, setParams] = useAddressParams();
  const mode = params.get('add') ? { kind: 'add' as const } : params.get('edit') ? { kind: 'edit' as const, guid: params.get('edit')! } : params.get('remove') ? { kind: 'remove' as const, guid: params.get('remove')! } : null;
  const title = useRef<HTMLHeadingElement>(null);
  const close = () => setParams({}, { replace: true });
  const closeAndFocusTitle = () => {
    close();
    title.current?.focus(); // the card or form that held the focus is gone
  };

  const failed = [signers, adminList, index].find((q) => q.isError);
  if (failed) return <ErrorView error={failed.error} onRetry={() => void failed.refetch()} />;
  if (!signers.data || !adminList.data || !index.data) return <Spinner label={t('signer.loading')} />;

  const admins = Object.keys(adminList.data);
  const pkgs = index.data.packages;
  const scopesOf = (guid: string): [string, string][] =>
    Object.entries(pkgs).flatMap(([id, p]) => {
      const range = ownValue(p.authorized, guid);
      return range !== undefined ? [[id, range] as [string, string]] : [];
    });
  const list = Object.entries(signers.data).sort(([, a], [, b]) => a.name.localeCompare(b.name));
  const guardOf = (guid: string) => {
    const v = checkAdminAction({ admins, target: guid, me: me.guid, action: 'either' });
    return v.allowed ? null : { id: `guard-${guid}`, reason: v.reason };
  };
  const scopesHref = (pkg: string) => paths.registry.curate.scopes.getHref(url, { pkg });

  return (
    <div className="flex flex-col gap-6">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h1 ref={title} tabIndex={-1} className="text-xl font-semibold">
          {t('curate.signers')}
        </h1>
        <Button tone="primary" onClick={() => setParams({ add: '1' })} disabled={mode?.kind === 'add'}>
          {t('signer.add')}
        </Button>
      </div>
      <p className="text-sm text-slate-600 dark:text-slate-400">
        {t('signer.summary', { signers: list.length, admins: admins.length })}
      </p>
      {mode?.kind === 'add' && (
        <Panel title={t('signer.add')}>
          <SignerForm signers={signers.data} admins={admins} me={me} onDone={close} />
        </Panel>
      )}
      <ul className="flex flex-col gap-4" aria-label={t('signer.list')}>
        {list.map(([guid, info]) => (
          <li key={guid} className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm dark:border-slate-800 dark:bg-slate-900" data-testid={`signer-${guid}`}>
            {mode?.kind === 'edit' && mode.guid === guid ? (
              <SignerForm edit={{ guid, info }} signers={signers.data} admins={admins} me={me} onDone={close} />
            ) : (
              <SignerCard
                guid={guid}
                info={info}
                isAdmin={admins.includes(guid)}
                isMe={guid === me.guid}
                myKeyPem={me.keyPem}
                scopes={scopesOf(guid)}
                scopesHref={scopesHref}
                onEdit={() => setParams({ edit: guid })}
                onRemove={() => setParams({ remove: guid })}
                adminControl={<AdminToggle guid={guid} name={info.name} admins={admins} me={me.guid} noteId={`guard-${guid}`} />}
                guard={guardOf(guid)}
              />
            )}
            {mode?.kind === 'remove' && mode.guid === guid && (
              <div className="mt-3">
                <RemoveSigner guid={guid} name={info.name} admins={admins} me={me.guid} scopes={scopesOf(guid)} onClose={close} onRemoved={closeAndFocusTitle} />
              </div>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
