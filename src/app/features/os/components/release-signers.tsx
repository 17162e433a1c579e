/**
 * @module
 * A release's authorized signers (spec registry-api.md §3.4, §4.6): listed by name from
 * `os.version.signer.list`; admins add one of the registry's signers (`admin.signer.list`) or
 * remove one (`os.version.signer.add` / `.remove`), each call with its own result. Authorized
 * signers may add, remove and co-sign the release's images; only they count in its verdicts.
 */
import { useId, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { ActingKey } from '../../../components/acting-key.tsx';
import { ErrorView } from '../../../components/error-view.tsx';
import { announce } from '../../../components/live-region.tsx';
import { Button, EmptyNote, SelectField, Spinner } from '../../../components/ui.tsx';
import type { SignerInfo } from '../../../../core/rpc/types.ts';
import { osVersionSignersOptions, signersOptions } from '../../../lib/registry-queries.ts';
import { useRegistryScope } from '../../../lib/registry-scope.tsx';
import { useT } from '../../../i18n/i18n.ts';
import { useReleaseSigner } from '../api/release-signer.ts';
import { osErrorOf } from '../lib/os-errors.ts';

const byName = ([, a]: [string, SignerInfo], [, b]: [string, SignerInfo]) =>
  a.name.localeCompare(b.name);

function SignerRow({ version, guid, info }: { version: string; guid: string; info: SignerInfo }) {
  const t = useT();
  const remove = useReleaseSigner();
  return (
    <li className="flex flex-col gap-1">
      <div className="flex flex-wrap items-center gap-2">
        <span className="font-medium">{info.name}</span>
        <Button
          tone="ghost"
          aria-label={t('os.signers.removeLabel', { name: info.name, version })}
          disabled={remove.isPending}
          onClick={() =>
            remove.mutate(
              { version, signer: guid, change: 'remove' },
              { onSuccess: () => announce(t('os.signers.removed', { name: info.name, version })) },
            )
          }
        >
          {remove.isPending ? t('manage.working') : t('os.signers.remove')}
        </Button>
      </div>
      {remove.error !== null && (
        <ErrorView error={remove.error} describe={osErrorOf('signer.remove')} />
      )}
    </li>
  );
}

function AddSigner({
  version,
  candidates,
}: {
  version: string;
  candidates: [string, SignerInfo][];
}) {
  const t = useT();
  const id = useId();
  const add = useReleaseSigner();
  const [guid, setGuid] = useState('');
  const [added, setAdded] = useState<string | null>(null);
  const name = candidates.find(([g]) => g === guid)?.[1].name ?? guid;
  const submit = () => {
    setAdded(null);
    add.mutate(
      { version, signer: guid, change: 'add' },
      {
        onSuccess: () => {
          announce(t('os.signers.added', { name, version }));
          setAdded(name);
          setGuid('');
        },
      },
    );
  };
  return (
    <div className="flex flex-col gap-2">
      {candidates.length === 0 ? (
        <p className="text-sm text-slate-600 dark:text-slate-400">
          {t('os.signers.allAuthorized')}
        </p>
      ) : (
        <div className="flex flex-wrap items-end gap-2">
          <SelectField
            id={`${id}-signer`}
            label={t('os.signers.choose')}
            value={guid}
            onChange={(e) => setGuid(e.target.value)}
          >
            <option value="">{t('scope.chooseSigner')}</option>
            {candidates.map(([g, s]) => (
              <option key={g} value={g}>
                {s.name}
              </option>
            ))}
          </SelectField>
          <Button tone="primary" disabled={guid === '' || add.isPending} onClick={submit}>
            {add.isPending ? t('manage.working') : t('os.signers.add')}
          </Button>
        </div>
      )}
      {added !== null && (
        <p role="status" className="text-sm text-emerald-800 dark:text-emerald-300">
          {t('os.signers.added', { name: added, version })}
        </p>
      )}
      {add.error !== null && <ErrorView error={add.error} describe={osErrorOf('signer.add')} />}
    </div>
  );
}

export function ReleaseSigners({ version }: { version: string }) {
  const t = useT();
  const scope = useRegistryScope();
  const authorized = useQuery(osVersionSignersOptions(scope, version));
  const all = useQuery(signersOptions(scope));
  if (authorized.error)
    return <ErrorView error={authorized.error} onRetry={() => void authorized.refetch()} />;
  if (!authorized.data) return <Spinner />;
  const members = Object.entries(authorized.data).sort(byName);
  const candidates = Object.entries(all.data ?? {})
    .filter(([g]) => !(g in authorized.data))
    .sort(byName);
  return (
    <div className="flex flex-col gap-3 text-sm">
      <ActingKey />
      {members.length === 0 ? (
        <EmptyNote>{t('os.signers.none')}</EmptyNote>
      ) : (
        <ul className="flex flex-col gap-2" aria-label={t('os.signers.listLabel', { version })}>
          {members.map(([g, info]) => (
            <SignerRow key={g} version={version} guid={g} info={info} />
          ))}
        </ul>
      )}
      {all.error ? (
        <ErrorView error={all.error} onRetry={() => void all.refetch()} />
      ) : all.data ? (
        <AddSigner version={version} candidates={candidates} />
      ) : (
        <Spinner />
      )}
    </div>
  );
}
