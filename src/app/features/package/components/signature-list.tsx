/**
 * @module
 * The signatures of one variant: signer name when the key belongs to a signer the viewer can
 * see, otherwise "unknown key"; always the key fingerprint.
 */
import { matchSignatures, type SignerDirectory } from '../../../../core/registry/signer-directory.ts';
import { shortenMiddle } from '../lib/format.ts';
import { useT } from '../../../i18n/i18n.ts';

export function SignatureList({
  signatures,
  directory,
}: {
  signatures: Record<string, string>;
  directory: SignerDirectory;
}) {
  const views = matchSignatures(signatures, directory);
  const t = useT();
  if (views.length === 0) return <span className="text-slate-500">{t('signer.none')}</span>;
  return (
    <ul className="flex flex-col gap-1">
      {views.map((s) => (
        <li key={s.keyPem} className="flex flex-col">
          {s.signer ? (
            <span className="font-medium">{s.signer.name}</span>
          ) : (
            <span className="italic text-amber-800 dark:text-amber-300">{t('package.unknownKey')}</span>
          )}
          <code
            className="text-xs text-slate-600 dark:text-slate-400"
            title={s.fingerprint ?? s.keyPem}
          >
            {s.fingerprint ? shortenMiddle(s.fingerprint, 15, 4) : t('signer.unreadableKey')}
          </code>
        </li>
      ))}
    </ul>
  );
}
