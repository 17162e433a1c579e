/**
 * @module
 * A key's public half: the `PUBLIC KEY` PEM (what a registry's "Add Administrator" or
 * "Add signer" asks for) with a copy button, and its SHA-256 fingerprint.
 */
import { CopyButton } from '../../../components/copy-button.tsx';
import { useT } from '../../../i18n/i18n.ts';

export function PublicKeyView({ id, publicKeyPem, fingerprint }: { id: string; publicKeyPem: string; fingerprint: string }) {
  const t = useT();
  return (
    <div className="flex flex-col gap-2">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h4 id={`${id}-pem-label`} className="text-sm font-medium">
          {t('keys.publicKey')}
        </h4>
        <CopyButton value={publicKeyPem} what={t('keys.publicKeyWhat')} />
      </div>
      <pre
        aria-labelledby={`${id}-pem-label`}
        className="overflow-x-auto whitespace-pre-wrap break-all rounded-md bg-slate-100 p-2 font-mono text-xs text-slate-900 dark:bg-slate-950 dark:text-slate-100"
      >
        {publicKeyPem.trimEnd()}
      </pre>
      <p className="text-xs text-slate-600 dark:text-slate-400">
        {t('keys.publicKeyAbout')}
      </p>
      <dl className="flex flex-wrap gap-x-2 text-sm">
        <dt className="font-medium">{t('keys.fingerprint')}</dt>
        <dd className="break-all font-mono text-xs leading-5">{fingerprint}</dd>
      </dl>
    </div>
  );
}
