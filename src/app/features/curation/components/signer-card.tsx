/**
 * @module
 * One signer: name, admin badge, contacts (email as mailto:, Matrix via matrix.to, website),
 * keys (fingerprint + copy), the packages they are scoped to, and the actions on them.
 */
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { CopyButton } from '../../../components/copy-button.tsx';
import { Badge, Button } from '../../../components/ui.tsx';
import type { SignerInfo } from '../../../../core/rpc/types.ts';
import { sameKey } from '../../../../core/registry/signer-directory.ts';
import { CONTACT_LABELS, contactLink, fingerprintOf } from '../lib/signer-form.ts';
import { linkClass } from './styles.ts';
import { useT } from '../../../i18n/i18n.ts';

export interface SignerCardProps {
  guid: string;
  info: SignerInfo;
  isAdmin: boolean;
  isMe: boolean;
  myKeyPem: string | null;
  scopes: [string, string][];
  scopesHref: (pkg: string) => string;
  onEdit: () => void;
  onRemove: () => void;
  adminControl: ReactNode;
  /** Why this signer can be neither demoted nor removed (the last admin), or null. */
  guard: { id: string; reason: string } | null;
}

export function SignerCard({ guid, info, isAdmin, isMe, myKeyPem, scopes, scopesHref, onEdit, onRemove, adminControl, guard }: SignerCardProps) {
  const t = useT();
  return (
    <div className="flex flex-col gap-3">
      <div className="flex flex-wrap items-center gap-2">
        <h2 className="text-base font-semibold">{info.name || t('signer.noName')}</h2>
        {isAdmin && <Badge tone="green">{t('registry.roleAdmin')}</Badge>}
        {isMe && <Badge tone="blue">{t('signer.you')}</Badge>}
        <code className="ms-auto break-all text-xs text-slate-500 dark:text-slate-400" title={t('signer.guid')}>
          {guid}
        </code>
      </div>
      <dl className="grid gap-x-4 gap-y-2 text-sm sm:grid-cols-[8rem_1fr]">
        <dt className="font-medium text-slate-600 dark:text-slate-400">{t('signer.contacts')}</dt>
        <dd>
          {info.contact.length === 0 ? (
            <span className="text-slate-600 dark:text-slate-400">{t('signer.none')}</span>
          ) : (
            <ul className="flex flex-col gap-0.5">
              {info.contact.map((c, i) => {
                const l = contactLink(c);
                return (
                  <li key={i}>
                    <span className="text-slate-600 dark:text-slate-400">{t(CONTACT_LABELS[l.kind])}: </span>
                    {l.href ? (
                      <a className={`break-all ${linkClass}`} href={l.href} target={l.kind === 'email' ? undefined : '_blank'} rel="noreferrer noopener">
                        {l.text}
                      </a>
                    ) : (
                      <span className="break-all">{l.text}</span>
                    )}
                  </li>
                );
              })}
            </ul>
          )}
        </dd>
        <dt className="font-medium text-slate-600 dark:text-slate-400">{t('layout.keys')}</dt>
        <dd>
          <ul className="flex flex-col gap-0.5">
            {info.keys.map((k) => (
              <li key={k} className="flex flex-wrap items-center gap-1">
                <code className="break-all text-xs">{fingerprintOf(k)}</code>
                {myKeyPem !== null && sameKey(k, myKeyPem) && <Badge tone="blue">{t('signer.yourKey')}</Badge>}
                <CopyButton value={k} what={t('signer.keyWhat', { fingerprint: fingerprintOf(k).slice(7, 15), name: info.name })} />
              </li>
            ))}
            {info.keys.length === 0 && <li className="text-amber-800 dark:text-amber-300">{t('signer.noKey')}</li>}
          </ul>
        </dd>
        <dt className="font-medium text-slate-600 dark:text-slate-400">{t('signer.scopedTo')}</dt>
        <dd>
          {scopes.length === 0 ? (
            <span className="text-slate-600 dark:text-slate-400">{isAdmin ? t('signer.noScopesAdmin') : t('signer.noScopes')}</span>
          ) : (
            <ul className="flex flex-wrap gap-x-3 gap-y-1">
              {scopes.map(([pkg, range]) => (
                <li key={pkg}>
                  <Link className={linkClass} to={scopesHref(pkg)}>
                    {pkg}
                  </Link>{' '}
                  <code className="text-xs">{range}</code>
                </li>
              ))}
            </ul>
          )}
        </dd>
      </dl>
      <div className="flex flex-wrap items-start gap-2">
        <Button onClick={onEdit}>{t('signer.edit')}</Button>
        {adminControl}
        <Button tone="ghost" className="!text-red-700 disabled:opacity-50 dark:!text-red-400" onClick={onRemove} disabled={guard !== null} aria-describedby={guard?.id}>
          {t('registries.remove')}
        </Button>
        {guard && (
          <p id={guard.id} className="basis-full text-xs text-slate-600 dark:text-slate-400">
            {guard.reason}
          </p>
        )}
      </div>
    </div>
  );
}
