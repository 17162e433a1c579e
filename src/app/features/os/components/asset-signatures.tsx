/**
 * @module
 * Signatures of one OS image asset and its verdict: each signature with the signer's name (or
 * "unknown key") and fingerprint, marked when the signer is not authorized for the release or
 * when the signature does not verify over the asset's commitment; the verdict counts the
 * authorized signers whose signature verifies.
 */
import type { OsAssetView } from '../../../../core/registry/os-release.ts';
import { None } from '../../../components/asset-cells.tsx';
import { Badge } from '../../../components/ui.tsx';
import { shortenMiddle } from '../../../lib/format-text.ts';
import { useT } from '../../../i18n/i18n.ts';

export function AssetSignatures({ asset }: { asset: OsAssetView }) {
  const t = useT();
  if (asset.signatures.length === 0) return <None />;
  return (
    <ul className="flex flex-col gap-1">
      {asset.signatures.map((s) => (
        <li key={s.keyPem} className="flex flex-col items-start">
          {s.signer ? (
            <span className="font-medium">{s.signer.name}</span>
          ) : (
            <span className="italic text-amber-800 dark:text-amber-300">
              {t('package.unknownKey')}
            </span>
          )}
          <code
            className="text-xs text-slate-600 dark:text-slate-400"
            title={s.fingerprint ?? s.keyPem}
          >
            {s.fingerprint ? shortenMiddle(s.fingerprint, 15, 4) : t('signer.unreadableKey')}
          </code>
          {!s.valid && <Badge tone="red">{t('os.signature.invalid')}</Badge>}
          {s.valid && !s.authorized && (
            <Badge tone="amber">{t('os.signature.notAuthorized')}</Badge>
          )}
        </li>
      ))}
    </ul>
  );
}

export function AssetVerdict({ asset }: { asset: OsAssetView }) {
  const t = useT();
  const { signedBy, authorized } = asset;
  const tone = signedBy === 0 ? 'red' : signedBy < authorized ? 'amber' : 'green';
  return (
    <Badge tone={tone}>
      {authorized === 0
        ? t('os.verdict.noAuthorized')
        : t('os.verdict.signedBy', { signedBy, authorized })}
    </Badge>
  );
}
