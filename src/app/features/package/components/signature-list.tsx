/**
 * @module
 * Who vouched for one variant (issue #14 item 3): each signature with its signer's name when
 * the viewer can see that signer (otherwise "unknown key") and the key fingerprint; the
 * archive's own developer key marked; a warning when no known signer signed it. With several
 * signatures, which one is the developer's only the file says: the viewer can ask to read the
 * archive's header from its download URL.
 */
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import type { RegistryAsset } from '../../../../core/rpc/types.ts';
import type { SignerDirectory } from '../../../../core/registry/signer-directory.ts';
import { vouchingOf } from '../../../../core/registry/vouching.ts';
import type { MerkleArchiveCommitmentWire } from '../../../../core/sign/commitment.ts';
import { Badge, focusRing } from '../../../components/ui.tsx';
import { useT } from '../../../i18n/i18n.ts';
import { developerKeyOptions } from '../../../lib/developer-key.ts';
import { describeUrlCheck } from '../../../lib/publishing/describe.ts';
import type { SignerCoverage } from '../api/signer-directory.ts';
import { shortenMiddle } from '../lib/format.ts';

function DeveloperKeyRead({ asset, onRead }: { asset: RegistryAsset<MerkleArchiveCommitmentWire>; onRead: boolean }) {
  const t = useT();
  const read = useQuery({ ...developerKeyOptions(asset), enabled: onRead });
  if (!onRead) return null;
  if (read.isPending) return <span className="text-xs text-slate-600 dark:text-slate-400">{t('vouch.reading')}</span>;
  if (read.isError || read.data.status === 'failed') {
    const problem = read.data?.status === 'failed' ? read.data.problem : null;
    const reason = problem === null ? (read.error?.message ?? '') : problem.status === 'unverifiable' ? t('vouch.unreadable') : describeUrlCheck(problem, t).text;
    return <span className="text-xs text-amber-900 dark:text-amber-200">{t('vouch.readFailed', { reason })}</span>;
  }
  return null;
}

export function SignatureList({
  asset,
  directory,
  coverage,
}: {
  asset: RegistryAsset<MerkleArchiveCommitmentWire>;
  directory: SignerDirectory;
  coverage: SignerCoverage;
}) {
  const t = useT();
  const [readRequested, setReadRequested] = useState(false);
  const read = useQuery({ ...developerKeyOptions(asset), enabled: readRequested });
  const headerKey = read.data?.status === 'ok' ? read.data.keyPem : null;
  const v = vouchingOf(asset, directory, headerKey);
  if (v.signatures.length === 0) return <span className="text-slate-600 dark:text-slate-400">{t('signer.none')}</span>;
  return (
    <div className="flex flex-col gap-1">
      <ul className="flex flex-col gap-1">
        {v.signatures.map((s) => (
          <li key={s.keyPem} className="flex flex-col">
            <span className="flex flex-wrap items-center gap-1">
              {s.signer ? (
                <span className="font-medium">{s.signer.name}</span>
              ) : (
                <span className="italic text-amber-800 dark:text-amber-300">{t('package.unknownKey')}</span>
              )}
              {s.developer && <Badge tone="blue">{t('vouch.developerKey')}</Badge>}
            </span>
            <code className="text-xs text-slate-600 dark:text-slate-400" title={s.fingerprint ?? s.keyPem}>
              {s.fingerprint ? shortenMiddle(s.fingerprint, 15, 4) : t('signer.unreadableKey')}
            </code>
          </li>
        ))}
      </ul>
      {v.unvouched && coverage !== 'none' && (
        <p className="text-xs font-medium text-red-800 dark:text-red-300" data-testid="unvouched">
          {t(coverage === 'all' ? 'vouch.unvouchedAll' : 'vouch.unvouchedPackage')}
        </p>
      )}
      {v.developerKey === null && asset.urls.length > 0 && !readRequested && (
        <button type="button" onClick={() => setReadRequested(true)} className={`self-start text-xs text-blue-700 underline dark:text-blue-400 ${focusRing}`}>
          {t('vouch.readDeveloperKey')}
        </button>
      )}
      <DeveloperKeyRead asset={asset} onRead={readRequested} />
    </div>
  );
}
